import { z } from './zod'
import { isoDate } from './common'
import { MAX_ID_LENGTH, safeText } from './safe-text'

export const scenario = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  today: isoDate,
})
export type Scenario = z.infer<typeof scenario>

export const scenarioList = z.object({ items: z.array(scenario), current: z.string().nullable() })
export type ScenarioList = z.infer<typeof scenarioList>

export const resetRequest = z
  .object({
    scenario: safeText({ label: 'Scenario', max: MAX_ID_LENGTH, required: 'Choose a scenario.' }),
  })
  .strict()
export type ResetRequest = z.infer<typeof resetRequest>

/** Fault injection for UX prototyping and tests (per tab, not persisted). */
export const faultSettings = z
  .object({
    latency: z.enum(['none', 'realistic', 'slow']),
    fail: z.enum(['none', 'reads', 'writes', 'all']),
    failureKind: z.enum(['http-500', 'network-error']),
    /** Share of matching requests that fail, 0..1. */
    failureRate: z.number().min(0).max(1),
  })
  .strict()
export type FaultSettings = z.infer<typeof faultSettings>

export const noFaults: FaultSettings = {
  latency: 'none',
  fail: 'none',
  failureKind: 'http-500',
  failureRate: 0,
}
