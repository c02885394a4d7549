import {
  Breadcrumbs,
  BreadcrumbsItem,
  Label,
  ObjectPageHeader,
  ObjectPageTitle,
  Tag,
  Text,
  Title,
  Toolbar,
  ToolbarButton,
} from '@ui5/webcomponents-react'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { CommunicationArrangement } from '../../../api/contracts/communication-arrangements'
import { useAppTexts } from '../i18n/texts'
import {
  communicationArrangementsHref,
  communicationArrangementsPath,
} from '../../../ui/links/app-links'

// ObjectPage clones its title and header with layout props: custom wrappers must pass them on.
type PassThrough = Record<string, unknown>

interface TitleProps extends PassThrough {
  arrangement: CommunicationArrangement
  editing: boolean
  onEdit: () => void
  onDelete: () => void
}

/** Title: the Arrangement Name over its scenario, the way back to the list, Edit and Delete. */
export function ArrangementTitle({
  arrangement,
  editing,
  onEdit,
  onDelete,
  ...passThrough
}: TitleProps) {
  const t = useAppTexts()
  const navigate = useNavigate()
  return (
    <ObjectPageTitle
      {...passThrough}
      header={<Title level="H1">{arrangement.name}</Title>}
      subHeader={<Label>{`${arrangement.scenarioId} – ${arrangement.scenarioDescription}`}</Label>}
      breadcrumbs={
        <Breadcrumbs
          onItemClick={(event) => {
            event.preventDefault()
            navigate(communicationArrangementsPath())
          }}
        >
          <BreadcrumbsItem href={communicationArrangementsHref()}>
            {t('list.title')}
          </BreadcrumbsItem>
          <BreadcrumbsItem>{arrangement.name}</BreadcrumbsItem>
        </Breadcrumbs>
      }
      actionsBar={
        editing ? undefined : (
          <Toolbar design="Transparent">
            <ToolbarButton design="Emphasized" text={t('action.edit')} onClick={onEdit} />
            <ToolbarButton design="Transparent" text={t('action.delete')} onClick={onDelete} />
          </Toolbar>
        )
      }
    />
  )
}

/** Key facts: the system, the outbound user, and whether it is on Client Default Expiring. */
export function ArrangementHeader({
  arrangement,
  children,
  ...passThrough
}: { arrangement: CommunicationArrangement; children?: ReactNode } & PassThrough) {
  const t = useAppTexts()
  return (
    <ObjectPageHeader {...passThrough}>
      <div className="ca-key-facts">
        <KeyFact label={t('field.system')} value={arrangement.systemId} />
        <KeyFact
          label={t('field.outboundUser')}
          value={arrangement.outboundUser?.userName ?? t('value.none')}
        />
        {arrangement.onClientDefaultExpiring && (
          <div className="ca-key-fact">
            <Label showColon>{t('field.clientCertificate')}</Label>
            <Tag design="Critical">{t('value.onExpiring')}</Tag>
          </div>
        )}
      </div>
      {children}
    </ObjectPageHeader>
  )
}

function KeyFact({ label, value }: { label: string; value: string }) {
  return (
    <div className="ca-key-fact">
      <Label showColon>{label}</Label>
      <Text>{value}</Text>
    </div>
  )
}
