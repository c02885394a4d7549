import type { FaultSettings } from '../../api/contracts/simulation'
import { formatNumber } from '../format'
import type { Texts } from '../i18n/text-bundle'

export const latencyLabels: Record<FaultSettings['latency'], string> = {
  none: 'settings.latency.none',
  realistic: 'settings.latency.realistic',
  slow: 'settings.latency.slow',
}

export const failLabels: Record<FaultSettings['fail'], string> = {
  none: 'settings.fail.none',
  reads: 'settings.fail.reads',
  writes: 'settings.fail.writes',
  all: 'settings.fail.all',
}

export const failureKindLabels: Record<FaultSettings['failureKind'], string> = {
  'http-500': 'settings.failureKind.http500',
  'network-error': 'settings.failureKind.networkError',
}

/** The notice's words: "Slow latency", "writes fail", "HTTP 500" (no entry: not mentioned). */
const noticeLatency: Partial<Record<FaultSettings['latency'], string>> = {
  realistic: 'settings.notice.latency.realistic',
  slow: 'settings.notice.latency.slow',
}
const noticeFail: Partial<Record<FaultSettings['fail'], string>> = {
  reads: 'settings.notice.fail.reads',
  writes: 'settings.notice.fail.writes',
  all: 'settings.notice.fail.all',
}
const noticeKind: Record<FaultSettings['failureKind'], string> = {
  'http-500': 'settings.notice.kind.http500',
  'network-error': 'settings.notice.kind.networkError',
}

/** One line for the shell's notice while faults are on, e.g. "Slow latency · writes fail (50 %, HTTP 500)". */
export function describeFaults(settings: FaultSettings, t: Texts): string | undefined {
  const parts: string[] = []
  const latency = noticeLatency[settings.latency]
  if (latency) parts.push(t(latency))
  const fail = noticeFail[settings.fail]
  if (fail && settings.failureRate > 0) {
    parts.push(
      t(
        'settings.notice.failure',
        t(fail),
        formatNumber(Math.round(settings.failureRate * 100)),
        t(noticeKind[settings.failureKind]),
      ),
    )
  }
  return parts.length > 0 ? parts.join(' · ') : undefined
}
