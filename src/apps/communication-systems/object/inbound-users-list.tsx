import { List, ListItemStandard } from '@ui5/webcomponents-react'
import type { CommunicationSystem } from '../../../api/contracts/communication-systems'
import { useAppTexts } from '../i18n/texts'
import { useAuthenticationWords } from '../../../ui/words/authentication-words'

/** Users for Inbound Communication: shown for reference only; this app does not maintain them. */
export function InboundUsersList({ system }: { system: CommunicationSystem }) {
  const t = useAppTexts()
  const authenticationText = useAuthenticationWords()
  return (
    <List
      accessibleName={t('object.section.inboundUsers')}
      noDataText={t('object.inboundUsers.noData')}
    >
      {system.inboundUsers.map((user) => (
        <ListItemStandard
          key={user.userName}
          description={authenticationText(user.authenticationMethod)}
        >
          {user.userName}
        </ListItemStandard>
      ))}
    </List>
  )
}
