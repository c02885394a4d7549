import { delay, HttpResponse } from 'msw'
import { faultSettings, noFaults, type FaultSettings } from '../../api/contracts/simulation'
import { errorResponse } from './responses'

/** Latency ranges in milliseconds: what a real SAP system feels like, and a slow day. */
const latencyRange: Record<FaultSettings['latency'], [number, number]> = {
  none: [0, 0],
  realistic: [150, 400],
  slow: [1500, 3000],
}

/**
 * Fault injection for the whole simulated backend of one tab: kept in memory (a reload starts from
 * the URL again), so that a prototype under failure never leaks into the persisted simulation.
 */
export class FaultInjector {
  private settings: FaultSettings

  constructor(
    initial: FaultSettings = noFaults,
    private readonly random: () => number = Math.random,
  ) {
    this.settings = initial
  }

  get current(): FaultSettings {
    return this.settings
  }

  set(next: FaultSettings) {
    this.settings = next
  }

  /** Waits the latency, then answers with a failure when the dice say so; undefined lets the request through. */
  async apply(request: Request): Promise<Response | undefined> {
    const { latency, fail, failureKind, failureRate } = this.settings
    const [min, max] = latencyRange[latency]
    if (max > 0) await delay(Math.round(min + this.random() * (max - min)))
    const isRead = request.method === 'GET' || request.method === 'HEAD'
    const targeted = fail === 'all' || (fail === 'reads' ? isRead : fail === 'writes' && !isRead)
    if (!targeted || this.random() >= failureRate) return undefined
    if (failureKind === 'network-error') return HttpResponse.error()
    return errorResponse(
      500,
      'InjectedFault',
      'The simulated backend failed on purpose (Simulation settings: failing requests). Try again, or switch the fault off.',
    )
  }
}

/**
 * Initial settings from the page's URL: `?latency=slow&fail=writes&failRate=0.5&failKind=network`.
 * Unknown values are ignored, so a typo never stops the app from starting.
 */
export function faultSettingsFromUrl(search: string): FaultSettings {
  const params = new URLSearchParams(search)
  const kind = params.get('failKind')
  const rate = params.get('failRate')
  const fail = params.get('fail')
  const candidate = {
    latency: params.get('latency') ?? noFaults.latency,
    fail: fail ?? noFaults.fail,
    failureKind:
      kind === 'network'
        ? 'network-error'
        : kind === '500'
          ? 'http-500'
          : (kind ?? noFaults.failureKind),
    // Asking for failures without a rate means "always": the simplest way to try an error state.
    failureRate: rate === null ? (fail && fail !== 'none' ? 1 : 0) : Number(rate),
  }
  const result: FaultSettings = { ...noFaults }
  for (const key of Object.keys(candidate) as (keyof FaultSettings)[]) {
    const field = faultSettings.shape[key].safeParse(candidate[key])
    if (field.success) Object.assign(result, { [key]: field.data })
  }
  return result
}
