import { useQuery } from '@tanstack/react-query'
import {
  BusyIndicator,
  IllustratedMessage,
  ObjectPage,
  ObjectPageSection,
  ObjectPageTitle,
  Title,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import { clockQuery } from '../../api/clock'
import { readinessQuery } from '../../api/rotation'
import { CockpitHeader } from './cockpit-header'
import { CycleTimeline } from './cycle-timeline'
import { useAppTexts } from './i18n/texts'
import { ReadinessStatusBar } from './readiness-status-bar'
import { ReadinessWorklist } from './readiness-worklist'
import { SystemChecklist } from './system-checklist'
import './cockpit-page.css'

/** The whole rotation at a glance: phase and dates, the cycle, the worklist and the checklist per system. */
export function CockpitPage() {
  const t = useAppTexts()
  const readiness = useQuery(readinessQuery())
  const clock = useQuery(clockQuery())
  if (readiness.isError || clock.isError) {
    return (
      <IllustratedMessage
        name="UnableToLoad"
        titleText={t('page.loadError')}
        subtitleText={(readiness.error ?? clock.error)?.message}
      />
    )
  }
  if (!readiness.data || !clock.data)
    return <BusyIndicator active delay={1000} className="cockpit__busy" />
  const report = readiness.data
  return (
    <ObjectPage
      className="cockpit"
      titleArea={
        <ObjectPageTitle
          header={
            <Title level="H1" size="H3">
              {t('page.title')}
            </Title>
          }
          subHeader={t('page.subtitle')}
        />
      }
    >
      <ObjectPageSection id="status" titleText={t('section.status')}>
        <CockpitHeader clock={clock.data} report={report} />
        <ReadinessStatusBar report={report} />
        <CycleTimeline clock={clock.data} />
      </ObjectPageSection>
      <ObjectPageSection id="worklist" titleText={t('section.worklist')}>
        <ReadinessWorklist report={report} />
      </ObjectPageSection>
      <ObjectPageSection id="checklist" titleText={t('section.checklist')}>
        <SystemChecklist report={report} />
      </ObjectPageSection>
    </ObjectPage>
  )
}
