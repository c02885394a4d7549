import { z } from './zod'
import { advanceSummary, clock } from './clock'
import { isoDate, phase, readinessStatus } from './common'
import { scenario } from './simulation'

// The instructor API of the lab server (`/admin/`, bearer LAB_ADMIN_TOKEN): the server checks
// requests with these schemas, the instructor page's client reads its answers with these types.

/** A class name goes into URLs (/admin/classes/:class/advance): letters, digits, `-` and `_`. */
export const className = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1 to 64 letters, digits, "-" or "_".')

export const createLandscapeRequest = z
  .object({ scenario: z.string().min(1), date: isoDate.optional(), class: className.optional() })
  .strict()
export type CreateLandscapeRequest = z.infer<typeof createLandscapeRequest>

export const resetLandscapeRequest = z.object({ scenario: z.string().min(1) }).strict()

export const listLandscapesQuery = z.object({ class: className.optional() }).strict()

export const classPath = z.object({ class: className }).strict()

/** `{}` keeps the source's class; a class puts the copy in another one. */
export const cloneLandscapeRequest = z.object({ class: className.optional() }).strict()

/** 201 of a create or a clone. */
export const createdLandscape = z.object({ id: z.string(), url: z.string() })
export type CreatedLandscape = z.infer<typeof createdLandscape>

/** One landscape as the instructor sees it; `unusable` instead of its state when its store cannot be read. */
export const landscapeSummary = z.object({
  id: z.string(),
  class: z.string().nullable(),
  /** The trainee's page of the landscape. */
  url: z.string(),
  /** Wall clock, ISO 8601. */
  createdAt: z.string(),
  /** Wall clock of the landscape's last API request (in memory: after a restart, its creation). */
  lastActivity: z.string(),
  scenario: z.string().optional(),
  today: isoDate.optional(),
  phase: phase.optional(),
  readiness: z.record(readinessStatus, z.number()).optional(),
  unusable: z.string().optional(),
})
export type LandscapeSummary = z.infer<typeof landscapeSummary>

export const landscapeList = z.object({ items: z.array(landscapeSummary) })
export type LandscapeList = z.infer<typeof landscapeList>

/** The scenario catalog, for a new landscape or a reset (the landscapes' own list, without `current`). */
export const adminScenarioList = z.object({ items: z.array(scenario) })
export type AdminScenarioList = z.infer<typeof adminScenarioList>

/** Each landscape's answer to a class's clock move: its clock and summary, or the API's error. */
export const classAdvanceItem = z.union([
  z.object({ id: z.string(), status: z.number(), clock, summary: advanceSummary }),
  z.object({
    id: z.string(),
    status: z.number(),
    error: z.object({ code: z.string(), message: z.string() }).passthrough(),
  }),
])
export type ClassAdvanceItem = z.infer<typeof classAdvanceItem>

export const classAdvanceResponse = z.object({ items: z.array(classAdvanceItem) })
export type ClassAdvanceResponse = z.infer<typeof classAdvanceResponse>
