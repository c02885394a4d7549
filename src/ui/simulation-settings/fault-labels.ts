import type { FaultSettings } from '../../api/contracts/simulation'

export const latencyLabels: Record<FaultSettings['latency'], string> = {
  none: 'None',
  realistic: 'Realistic (150–400 ms)',
  slow: 'Slow (1.5–3 s)',
}

export const failLabels: Record<FaultSettings['fail'], string> = {
  none: 'Nothing fails',
  reads: 'Reads fail',
  writes: 'Writes fail',
  all: 'Reads and writes fail',
}

export const failureKindLabels: Record<FaultSettings['failureKind'], string> = {
  'http-500': 'HTTP 500 Internal Server Error',
  'network-error': 'Network error (no answer)',
}

/** One line for the shell's notice while faults are on, e.g. "Slow latency · writes fail (50 %, HTTP 500)". */
export function describeFaults(settings: FaultSettings): string | undefined {
  const parts: string[] = []
  if (settings.latency !== 'none') parts.push(`${settings.latency === 'slow' ? 'Slow' : 'Realistic'} latency`)
  if (settings.fail !== 'none' && settings.failureRate > 0) {
    const kind = settings.failureKind === 'http-500' ? 'HTTP 500' : 'network error'
    parts.push(`${failLabels[settings.fail].toLowerCase()} (${Math.round(settings.failureRate * 100)} %, ${kind})`)
  }
  return parts.length > 0 ? parts.join(' · ') : undefined
}
