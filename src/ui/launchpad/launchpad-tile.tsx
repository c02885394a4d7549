import { useQuery } from '@tanstack/react-query'
import { Icon } from '@ui5/webcomponents-react'
import type { AppDefinition, TileFigure } from '../app-definition'
import './launchpad-tile.css'

/** A Fiori launchpad tile: a real link, so it can be focused, middle-clicked and bookmarked. */
export function LaunchpadTile({ app }: { app: AppDefinition }) {
  return (
    <a className="launchpad-tile" href={`#/${app.intent}`}>
      <span className="launchpad-tile__title">{app.title}</span>
      <span className="launchpad-tile__subtitle">{app.subtitle}</span>
      <span className="launchpad-tile__footer">
        <Icon name={app.icon} className="launchpad-tile__icon" aria-hidden="true" />
        {app.figure && <TileFigureView figure={app.figure} />}
      </span>
    </a>
  )
}

function TileFigureView({ figure }: { figure: TileFigure }) {
  const { data, isError } = useQuery(figure.query)
  // A failing figure must not hide the tile: the app itself shows the error when opened.
  if (isError || data === undefined) return null
  const { value, unit } = figure.format(data)
  return (
    <span className="launchpad-tile__figure">
      <span className="launchpad-tile__value">{value}</span>
      <span className="launchpad-tile__unit">{unit}</span>
    </span>
  )
}
