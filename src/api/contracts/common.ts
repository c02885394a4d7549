import { z } from 'zod'

// Wire formats shared by the client (src/api) and the simulated backend (src/mocks). The backend
// validates requests with them; the client validates responses with them in tests.

/** A calendar day, 'YYYY-MM-DD'. Whether it is a *real* date is the backend's (domain's) call. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD.')

export const phase = z.enum(['Stable', 'Overlap'])
export type Phase = z.infer<typeof phase>

export const actor = z.enum(['SAP', 'Administrator'])

export const changeCategory = z.enum([
  'Communication System',
  'Users for Inbound Communication',
  'Users for Outbound Communication',
  'Client Certificate',
  'External System',
  'Clock',
])

/** One change document: what changed, on which simulated date, by whom. */
export const changeRecord = z.object({
  id: z.number(),
  date: isoDate,
  actor,
  category: changeCategory,
  systemId: z.string().optional(),
  objectId: z.string(),
  field: z.string().optional(),
  oldValue: z.string().optional(),
  newValue: z.string().optional(),
  message: z.string(),
})
export type ChangeRecord = z.infer<typeof changeRecord>

export const authenticationMethod = z.enum([
  'None',
  'User Name and Password',
  'SSL Client Certificate',
  'OAuth 2.0',
])
export type AuthenticationMethod = z.infer<typeof authenticationMethod>

export const readinessStatus = z.enum(['Done', 'Switch pending', 'Upload pending', 'Broken', 'OK'])
export type ReadinessStatus = z.infer<typeof readinessStatus>

/** What an external system answers a client certificate: 200, or its rejection code; 'unreachable' without one. */
export const connectionStatus = z.union([
  z.literal(200),
  z.literal(401),
  z.literal(403),
  z.literal('unreachable'),
])

export const connectionReason = z.enum([
  'ok',
  'certificate-not-trusted',
  'certificate-expired',
  'certificate-not-yet-valid',
  'certificate-unknown',
  'no-external-system',
])

export const connectionOutcome = z.object({
  status: connectionStatus,
  reason: connectionReason,
  /** The reason in plain words, with what to do about it. */
  message: z.string(),
})
export type ConnectionOutcome = z.infer<typeof connectionOutcome>

/** The outcome expected on the next rotation date, after SAP's migration of Client Default Expiring users. */
export const predictedOutcome = connectionOutcome.extend({
  date: isoDate,
  /** The certificate the user will present then. */
  certificateId: z.string(),
  certificateDescription: z.string(),
  /** True when SAP's migration will move the user from Client Default Expiring to Client Default. */
  migrated: z.boolean(),
})
export type PredictedOutcome = z.infer<typeof predictedOutcome>

/** `offset` and `limit` of a paginated list, from the query string (text) or a client (numbers). */
export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
})

/** A page of a long list. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number(),
    offset: z.number(),
    limit: z.number(),
  })
}
