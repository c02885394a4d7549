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
import { ReadinessStatusBar } from './readiness-status-bar'
import { ReadinessWorklist } from './readiness-worklist'
import { SystemChecklist } from './system-checklist'
import './cockpit-page.css'

/** The whole rotation at a glance: phase and dates, the cycle, the worklist and the checklist per system. */
export function CockpitPage() {
  const readiness = useQuery(readinessQuery())
  const clock = useQuery(clockQuery())
  if (readiness.isError || clock.isError) {
    return (
      <IllustratedMessage
        name="UnableToLoad"
        titleText="The rotation status could not be loaded"
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
              Rotation Cockpit
            </Title>
          }
          subHeader="Default client certificate rotation — what to do before the rotation date"
        />
      }
    >
      <ObjectPageSection id="status" titleText="Status">
        <CockpitHeader clock={clock.data} report={report} />
        <ReadinessStatusBar report={report} />
        <CycleTimeline clock={clock.data} />
      </ObjectPageSection>
      <ObjectPageSection id="worklist" titleText="Readiness Worklist">
        <ReadinessWorklist report={report} />
      </ObjectPageSection>
      <ObjectPageSection id="checklist" titleText="Checklist per Communication System">
        <SystemChecklist report={report} />
      </ObjectPageSection>
    </ObjectPage>
  )
}
