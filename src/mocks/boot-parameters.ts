import { compareDates, parseIsoDate, type IsoDate } from '../domain/calendar'
import { advanceClockTo } from './backend/apply-command'
import type { Checkpoints } from './backend/checkpoints'
import type { SimulatedBackend } from './backend/simulated-backend'
import type { OpenLinkResponse } from '../api/contracts/checkpoints'
import { linkParameterNames } from '../api/contracts/link-parameters'
import { replaceByLink, type LinkGate } from './link-gate'
import { findScenario, scenarios } from './scenarios/scenario-catalog'

/**
 * The URL parameters that put the simulated backend into a scenario and date at page load, and
 * `replace=1`, with which a demo or test replaces saved work without being asked.
 */
export const bootParameterNames = linkParameterNames

export interface BootParameters {
  scenario?: string
  date?: IsoDate
}

export interface ParsedBootParameters {
  /** What is valid and will be applied. */
  parameters: BootParameters
  /** Why a given parameter is ignored, one sentence each (shown in the console). */
  problems: string[]
}

/**
 * Reads `?scenario=<id>&date=YYYY-MM-DD`. An invalid value is left out with a problem: a typo in a
 * demo link must never stop the app from starting, it only starts from the stored state instead.
 */
export function parseBootParameters(search: string): ParsedBootParameters {
  const params = new URLSearchParams(search)
  const parameters: BootParameters = {}
  const problems: string[] = []
  const scenario = params.get('scenario')
  if (scenario !== null) {
    if (findScenario(scenario)) parameters.scenario = scenario
    else {
      const known = scenarios.map((s) => s.id).join(', ')
      problems.push(`scenario=${scenario} is not a scenario. Choose one of: ${known}.`)
    }
  }
  const date = params.get('date')
  if (date !== null) {
    const parsed = parseIsoDate(date)
    if (parsed.ok) parameters.date = parsed.value
    else problems.push(`date=${date}: ${parsed.error.message}`)
  }
  return { parameters, problems }
}

/** The same address without the boot parameters, so that a reload keeps what the user did since. */
export function withoutBootParameters(href: string): string {
  const url = new URL(href)
  for (const name of bootParameterNames) url.searchParams.delete(name)
  return url.toString()
}

/**
 * Resets to the scenario, then moves the clock forward to the date, directly on the backend (the
 * service worker answers no fetch before the app renders, and this must be done by then).
 * Returns problems found on the way, e.g. a date before the scenario's own day.
 */
export async function applyBootParameters(
  backend: SimulatedBackend,
  parameters: BootParameters,
): Promise<string[]> {
  const scenario = parameters.scenario ? findScenario(parameters.scenario) : undefined
  if (scenario) {
    const built = await scenario.build()
    performance.mark('backend:scenario-built')
    await backend.replace(built)
  }
  const { date } = parameters
  if (!date) return []
  return backend.update(async (system) => {
    const today = system.state.today
    const order = compareDates(date, today)
    if (order === 0) return { result: [] }
    if (order < 0) {
      // The simulated clock only moves forward: rules of the rotation are applied exactly once.
      return {
        result: [
          `date=${date} is before the simulated today ${today}; time only moves forward, so the clock stays.`,
        ],
      }
    }
    const applied = await advanceClockTo(system, date)
    if (!applied.ok) return { result: [`date=${date}: ${applied.error.message}`] }
    return { next: applied.system, result: [] }
  })
}

/**
 * Applies the page's boot parameters, if any, and takes them off the address bar. On a browser with
 * saved work (see Checkpoints.hasSavedWork) the link waits in `gate` for the user's answer instead,
 * unless it says `replace=1`; either way, replaced work is kept as an automatic checkpoint.
 */
export async function applyBootParametersFromUrl(
  backend: SimulatedBackend,
  { checkpoints, linkGate }: { checkpoints: Checkpoints; linkGate: LinkGate },
): Promise<void> {
  const search = new URLSearchParams(window.location.search)
  if (!bootParameterNames.some((name) => search.has(name))) return
  window.history.replaceState(window.history.state, '', withoutBootParameters(window.location.href))
  const { problems } = await openLink(backend, { checkpoints, linkGate }, search)
  for (const problem of problems) console.error(`Rotation Lab ignored a URL parameter: ${problem}`)
}

/**
 * What a link's parameters do, in the page's backend (above) and on the lab server (POST
 * api/simulation/link, which the served page sends instead): valid parameters are applied at once,
 * or held in `linkGate` for the user's answer when they would replace saved work without
 * `replace=1`. An invalid parameter is left out with a problem, never an error.
 */
export async function openLink(
  backend: SimulatedBackend,
  { checkpoints, linkGate }: { checkpoints: Checkpoints; linkGate: LinkGate },
  search: URLSearchParams,
): Promise<OpenLinkResponse> {
  const { parameters, problems } = parseBootParameters(`?${search.toString()}`)
  const asks = search.get('replace') !== '1'
  let outcome: OpenLinkResponse['outcome'] = 'nothing'
  let checkpoint: string | null = null
  try {
    if (!parameters.scenario && !parameters.date) {
      // Nothing valid to apply: only the problems are reported.
    } else if (asks && (await checkpoints.hasSavedWork())) {
      linkGate.hold(parameters)
      outcome = 'pending'
    } else {
      const replaced = await replaceByLink(checkpoints, parameters, () =>
        applyBootParameters(backend, parameters),
      )
      if (replaced.ok) {
        outcome = 'applied'
        checkpoint = replaced.checkpoint
        problems.push(...replaced.problems)
      } else problems.push(replaced.message)
    }
  } catch (error) {
    problems.push(`applying ${JSON.stringify(parameters)} failed: ${String(error)}`)
  }
  return { outcome, checkpoint, problems }
}
