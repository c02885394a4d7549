import { Title } from '@ui5/webcomponents-react'
import { lazy, Suspense } from 'react'
import { launchpadGroups, type AppDefinition, type LaunchpadGroup } from '../app-definition'
import { useUiTexts } from '../i18n/ui-texts'
import { LaunchpadTile } from './launchpad-tile'
import './launchpad-page.css'

// Lazy: the empty state's illustration must not weigh on every start (docs/performance.md).
const EmptyLaunchpad = lazy(() =>
  import('./empty-launchpad').then((m) => ({ default: m.EmptyLaunchpad })),
)

const groupTitleKey: Record<LaunchpadGroup, string> = {
  Security: 'launchpad.group.security',
  'Communication Management': 'launchpad.group.communicationManagement',
  Simulation: 'launchpad.group.simulation',
}

/** The launchpad home page: the registered apps as tiles, grouped like SAP's administrator role. */
export function LaunchpadPage({ apps }: { apps: readonly AppDefinition[] }) {
  const t = useUiTexts()
  const groups = launchpadGroups
    .map((group) => ({ group, apps: apps.filter((app) => app.group === group) }))
    .filter(({ apps: groupApps }) => groupApps.length > 0)

  return (
    <main className="launchpad" aria-label={t('launchpad.label')}>
      {groups.length === 0 && (
        <Suspense>
          <EmptyLaunchpad />
        </Suspense>
      )}
      {groups.map(({ group, apps: groupApps }) => (
        <section key={group} className="launchpad__group" aria-labelledby={`group-${slug(group)}`}>
          <Title level="H2" size="H4" id={`group-${slug(group)}`}>
            {t(groupTitleKey[group])}
          </Title>
          <ul className="launchpad__tiles">
            {groupApps.map((app) => (
              <li key={app.intent}>
                <LaunchpadTile app={app} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  )
}

function slug(text: string) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}
