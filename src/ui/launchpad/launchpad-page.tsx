import { IllustratedMessage, Title } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoData.js'
import { launchpadGroups, type AppDefinition } from '../app-definition'
import { LaunchpadTile } from './launchpad-tile'
import './launchpad-page.css'

/** The launchpad home page: the registered apps as tiles, grouped like SAP's administrator role. */
export function LaunchpadPage({ apps }: { apps: readonly AppDefinition[] }) {
  const groups = launchpadGroups
    .map((group) => ({ group, apps: apps.filter((app) => app.group === group) }))
    .filter(({ apps: groupApps }) => groupApps.length > 0)

  return (
    <main className="launchpad" aria-label="Launchpad">
      {groups.length === 0 && (
        <IllustratedMessage name="NoData" titleText="No apps yet" subtitleText="Apps appear here once they are registered." />
      )}
      {groups.map(({ group, apps: groupApps }) => (
        <section key={group} className="launchpad__group" aria-labelledby={`group-${slug(group)}`}>
          <Title level="H2" size="H4" id={`group-${slug(group)}`}>
            {group}
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
