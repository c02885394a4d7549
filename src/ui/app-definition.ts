import type { QueryKey, UseQueryOptions } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import type { TextBundle, Texts } from './i18n/text-bundle'
import type { AppIntent } from './links/app-links'

/** The launchpad groups of SAP_BR_ADMINISTRATOR that Rotation Lab recreates, in display order. */
export const launchpadGroups = ['Security', 'Communication Management', 'Simulation'] as const
export type LaunchpadGroup = (typeof launchpadGroups)[number]

/** A live figure on a tile, read from the API (e.g. "3 systems on Client Default Expiring"). */
export interface TileFigure {
  query: UseQueryOptions<unknown, Error, unknown, QueryKey>
  /** The number shown large on the tile and the unit text below it, in the app's tile texts. */
  format: (data: unknown, t: Texts) => { value: string; unit: string }
}

/**
 * Pairs a query with the formatting of its data, checked against each other here; the tile only
 * needs to run the query and show the result, so the pair is stored without its data type.
 */
export function tileFigure<TData, TKey extends QueryKey>(
  query: UseQueryOptions<TData, Error, TData, TKey>,
  format: (data: TData, t: Texts) => { value: string; unit: string },
): TileFigure {
  return { query, format } as unknown as TileFigure
}

/** The keys every app's tile bundle has (checked for each `tile.properties` by the bundle tests). */
export const tileTextKeys = { title: 'appTitle', subtitle: 'appSubtitle' } as const

/**
 * One Fiori app: its tile on the launchpad and its screens. Registering an app in
 * `src/app-registry.ts` is all it takes for its tile and routes to appear.
 */
export interface AppDefinition {
  /** Fiori-style semantic object and action, used as the route: `#/{intent}` (one of `appIntents`). */
  intent: AppIntent
  /**
   * The tile's texts, keys `appTitle` and `appSubtitle` plus whatever the figure uses. A bundle of
   * its own, so the launchpad loads a few lines per app rather than every app's screen texts.
   */
  tileTexts: TextBundle
  group: LaunchpadGroup
  /** A UI5 icon name, e.g. "shield"; the icon must be imported by the app's definition module. */
  icon: string
  /**
   * The app's screens, loaded only when the app is first opened so the launchpad does not pay for
   * every app. `AppRoutes` renders the app's own `<Routes>` below `#/{intent}/`.
   */
  load: () => Promise<{ AppRoutes: ComponentType }>
  figure?: TileFigure
}
