import { useQuery } from '@tanstack/react-query'
import {
  BusyIndicator,
  IllustratedMessage,
  Link,
  ObjectPage,
  ObjectPageSection,
  ObjectPageTitle,
  Title,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import { useParams } from 'react-router'
import { externalSystemQuery } from '../../api/external-systems'
import { useConnectionTexts } from '../../ui/connection/connection-texts'
import { trustModeText } from '../../ui/connection/connection-words'
import { communicationSystemHref, externalSystemsHref } from '../../ui/links/app-links'
import { capacityText, rejectionText } from './capacity-text'
import { ConnectionLog } from './connection-log'
import { useAppTexts } from './i18n/texts'
import { SettingsForm } from './settings-form'
import { TrustStore } from './trust-store'

/** One external system: its settings, its trust store (upload, remove) and who tried to connect. */
export function ExternalSystemPage() {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const host = useParams().host ?? ''
  const { data, error } = useQuery(externalSystemQuery(host))
  if (error) {
    return (
      <IllustratedMessage
        name="UnableToLoad"
        titleText={t('object.loadError', host)}
        subtitleText={error.message}
      />
    )
  }
  if (!data) return <BusyIndicator active delay={1000} />
  return (
    <ObjectPage
      titleArea={
        <ObjectPageTitle
          breadcrumbs={<Link href={externalSystemsHref()}>{t('list.title')}</Link>}
          header={
            <Title level="H1" size="H3">
              {data.host}
            </Title>
          }
          subHeader={t(
            'object.subtitle',
            data.name ?? t('object.unnamed'),
            trustModeText(words, data.trustMode),
            t(capacityText[data.capacity]),
            t(rejectionText[data.rejectionCode]),
          )}
        />
      }
    >
      <ObjectPageSection id="settings" titleText={t('section.settings')}>
        <SettingsForm system={data} />
      </ObjectPageSection>
      <ObjectPageSection id="trust-store" titleText={t('section.trustStore')}>
        <TrustStore system={data} />
      </ObjectPageSection>
      <ObjectPageSection id="connection-log" titleText={t('section.connectionLog')}>
        <ConnectionLog system={data} />
      </ObjectPageSection>
      <ObjectPageSection id="systems" titleText={t('section.communicationSystems')}>
        <ul className="external-system__systems">
          {data.systems.map((system) => (
            <li key={system.systemId}>
              <Link href={communicationSystemHref(system.systemId)}>
                {`${system.systemId} — ${system.systemName}`}
              </Link>
            </li>
          ))}
        </ul>
      </ObjectPageSection>
    </ObjectPage>
  )
}
