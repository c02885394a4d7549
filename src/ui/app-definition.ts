import type { QueryKey, UseQueryOptions } from '@tanstack/react-query'
import type { ComponentType } from 'react'

/** The launchpad groups of SAP_BR_ADMINISTRATOR that Rotation Lab recreates, in display order. */
export const launchpadGroups = ['Security', 'Communication Management', 'Simulation'] as const
export type LaunchpadGroup = (typeof launchpadGroups)[number]

/** A live figure on a tile, read from the API (e.g. "3 systems on Client Default Expiring"). */
export interface TileFigure<TData = unknown> {
  query: UseQueryOptions<TData, Error, TData, QueryKey>
  /** The number shown large on the tile and the unit text below it. */
  format: (data: TData) => { value: string; unit: string }
}

/**
 * One Fiori app: its tile on the launchpad and its screens. Registering an app in
 * `src/app-registry.ts` is all it takes for its tile and routes to appear.
 */
export interface AppDefinition {
  /** Fiori-style semantic object and action, used as the route: `#/{intent}`. */
  intent: string
  title: string
  subtitle: string
  group: LaunchpadGroup
  /** A UI5 icon name, e.g. "shield"; the icon must be imported by the app's definition module. */
  icon: string
  /**
   * The app's screens, loaded only when the app is first opened so the launchpad does not pay for
   * every app. `AppRoutes` renders the app's own `<Routes>` below `#/{intent}/`.
   */
  load: () => Promise<{ AppRoutes: ComponentType }>
  // The figure's data type is the app's own business; the tile only formats it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  figure?: TileFigure<any>
}
