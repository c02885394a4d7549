import { clockView } from '../mocks/views/clock-view'
import { readinessView } from '../mocks/views/readiness-view'
import type { Landscape } from './landscape'

/** What the instructor sees of one landscape: where its clock is and how ready its users are. */
export async function landscapeSummary(landscape: Landscape, origin: string) {
  const base = {
    id: landscape.id,
    class: landscape.record.class,
    url: landscapeUrl(origin, landscape.id),
    createdAt: landscape.record.createdAt,
    lastActivity: landscape.lastActivity,
  }
  try {
    const system = await landscape.backend.read()
    const clock = clockView(system.state)
    return {
      ...base,
      scenario: system.scenarioId,
      today: clock.today,
      phase: clock.phase,
      readiness: readinessView(system.state).counts,
    }
  } catch (error) {
    // One unusable landscape must not hide the others from the list.
    return { ...base, unusable: error instanceof Error ? error.message : String(error) }
  }
}

/** The address of a landscape's app; its API is below it, at `api/…`. */
export function landscapeUrl(origin: string, id: string): string {
  return new URL(`/l/${id}/`, origin).href
}
