import {
  Breadcrumbs,
  BreadcrumbsItem,
  Label,
  ObjectPageHeader,
  ObjectPageTitle,
  Text,
  Title,
  Toolbar,
  ToolbarButton,
} from '@ui5/webcomponents-react'
import { useNavigate } from 'react-router'
import type { CommunicationSystem } from '../../../api/contracts/communication-systems'
import { formatNumber } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'
import { appPath } from '../paths'
import './system-object-page.css'

// ObjectPage clones its title and header with layout props: custom wrappers must pass them on.
type PassThrough = Record<string, unknown>

interface TitleProps extends PassThrough {
  system: CommunicationSystem
  editing: boolean
  onEdit: () => void
  onDisplayChanges: () => void
}

/** Title: System Name over System ID, the way back to the list, and the page's actions. */
export function SystemTitle({
  system,
  editing,
  onEdit,
  onDisplayChanges,
  ...passThrough
}: TitleProps) {
  const t = useAppTexts()
  const navigate = useNavigate()
  return (
    <ObjectPageTitle
      {...passThrough}
      header={<Title level="H1">{system.systemName}</Title>}
      subHeader={<Label>{system.systemId}</Label>}
      breadcrumbs={
        <Breadcrumbs
          onItemClick={(event) => {
            // Through the router, so the unsaved-changes guard sees the navigation.
            event.preventDefault()
            navigate(appPath)
          }}
        >
          <BreadcrumbsItem href={`#${appPath}`}>{t('list.title')}</BreadcrumbsItem>
          <BreadcrumbsItem>{system.systemId}</BreadcrumbsItem>
        </Breadcrumbs>
      }
      actionsBar={
        <Toolbar design="Transparent">
          {!editing && (
            <ToolbarButton design="Emphasized" text={t('action.edit')} onClick={onEdit} />
          )}
          <ToolbarButton
            design="Transparent"
            text={t('object.displayChanges')}
            onClick={onDisplayChanges}
          />
        </Toolbar>
      }
    />
  )
}

/** Key facts: where the system lives and how many outbound users present a certificate there. */
export function SystemHeader({
  system,
  ...passThrough
}: { system: CommunicationSystem } & PassThrough) {
  const t = useAppTexts()
  // The API gives a certificate to exactly the users that present one (SSL Client Certificate, OAuth 2.0 with mTLS).
  const certificateUsers = system.outboundUsers.filter((u) => u.clientCertificateId !== undefined)
  return (
    <ObjectPageHeader {...passThrough}>
      <div className="cs-key-facts">
        <KeyFact label={t('field.hostName')} value={`${system.hostName}:${system.port}`} />
        <KeyFact label={t('field.contactName')} value={system.contactName || '–'} />
        <KeyFact
          label={t('object.section.outboundUsers')}
          value={t(
            'object.outboundUserCount',
            formatNumber(system.outboundUsers.length),
            formatNumber(certificateUsers.length),
          )}
        />
        {system.inboundOnly && <KeyFact label={t('field.inboundOnly')} value={t('common.yes')} />}
      </div>
    </ObjectPageHeader>
  )
}

function KeyFact({ label, value }: { label: string; value: string }) {
  return (
    <div className="cs-key-fact">
      <Label showColon>{label}</Label>
      <Text>{value}</Text>
    </div>
  )
}
