import { List, ListItemStandard } from '@ui5/webcomponents-react'
import type { CommunicationSystem } from '../../../api/contracts/communication-systems'

/** Users for Inbound Communication: shown for reference only; this app does not maintain them. */
export function InboundUsersList({ system }: { system: CommunicationSystem }) {
  return (
    <List
      accessibleName="Users for Inbound Communication"
      noDataText="This system has no users for inbound communication."
    >
      {system.inboundUsers.map((user) => (
        <ListItemStandard key={user.userName} description={user.authenticationMethod}>
          {user.userName}
        </ListItemStandard>
      ))}
    </List>
  )
}
