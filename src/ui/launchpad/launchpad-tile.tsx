import { useQuery } from '@tanstack/react-query'
import { Icon } from '@ui5/webcomponents-react'
import { tileTextKeys, type AppDefinition, type TileFigure } from '../app-definition'
import { useTexts } from '../i18n/language-context'
import type { Texts } from '../i18n/text-bundle'
import { appPath, hrefOf } from '../links/app-links'
import './launchpad-tile.css'

/** A Fiori launchpad tile: a real link, so it can be focused, middle-clicked and bookmarked. */
export function LaunchpadTile({ app }: { app: AppDefinition }) {
  const t = useTexts(app.tileTexts)
  return (
    <a className="launchpad-tile" href={hrefOf(appPath(app.intent))}>
      <span className="launchpad-tile__title">{t(tileTextKeys.title)}</span>
      <span className="launchpad-tile__subtitle">{t(tileTextKeys.subtitle)}</span>
      <span className="launchpad-tile__footer">
        <Icon name={app.icon} className="launchpad-tile__icon" aria-hidden="true" />
        {app.figure && <TileFigureView figure={app.figure} t={t} />}
      </span>
    </a>
  )
}

function TileFigureView({ figure, t }: { figure: TileFigure; t: Texts }) {
  const { data, isError } = useQuery(figure.query)
  // A failing figure must not hide the tile: the app itself shows the error when opened.
  if (isError || data === undefined) return null
  const { value, unit } = figure.format(data, t)
  return (
    <span className="launchpad-tile__figure">
      <span className="launchpad-tile__value">{value}</span>
      <span className="launchpad-tile__unit">{unit}</span>
    </span>
  )
}
