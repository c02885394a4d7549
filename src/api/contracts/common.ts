import { z } from './zod'

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
  'Communication Arrangement',
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

/** How an OAuth 2.0 user authenticates its client at the token endpoint. */
export const clientAuthentication = z.enum(['Client Secret', 'mTLS'], {
  message: 'Client Authentication is Client Secret or mTLS.',
})
export type ClientAuthentication = z.infer<typeof clientAuthentication>

/** 'Not affected': a user on a customer's own certificate, which SAP's default rotation never touches. */
export const readinessStatus = z.enum([
  'Done',
  'Switch pending',
  'Upload pending',
  'Broken',
  'OK',
  'Not affected',
])
export type ReadinessStatus = z.infer<typeof readinessStatus>

/** What an external system answers a client certificate: 200, or its rejection code; 'unreachable' without one. */
export const connectionStatus = z.union([
  z.literal(200),
  z.literal(401),
  z.literal(403),
  z.literal('unreachable'),
])

export const connectionReason = z.enum([
  'certificate-trusted',
  'issuer-trusted',
  'certificate-not-trusted',
  'issuer-not-trusted',
  'chain-broken',
  'issuer-expired',
  'issuer-not-yet-valid',
  'certificate-expired',
  'certificate-not-yet-valid',
  'certificate-not-issued-yet',
  'certificate-unknown',
  'no-external-system',
])
export type ConnectionReason = z.infer<typeof connectionReason>

/** How an external system decides whom it trusts (docs/decisions/009-trust-models.md). */
export const trustMode = z.enum(['PinnedCertificate', 'TrustedIssuer'], {
  message: 'The trust mode is PinnedCertificate or TrustedIssuer.',
})
export type TrustMode = z.infer<typeof trustMode>

/** The facts an outcome's reason names: a CA's subject, the date that matters, why a chain broke. */
export const outcomeDetail = z.object({
  subject: z.string().optional(),
  date: isoDate.optional(),
  chainBreak: z.enum(['issuer-not-found', 'signature-invalid']).optional(),
})
export type OutcomeDetail = z.infer<typeof outcomeDetail>

export const connectionOutcome = z.object({
  status: connectionStatus,
  reason: connectionReason,
  /** The reason in plain words, with what to do about it. */
  message: z.string(),
  /** How the external system decided; absent when nothing answers at the host. */
  trustMode: trustMode.optional(),
  detail: outcomeDetail.optional(),
})
export type ConnectionOutcome = z.infer<typeof connectionOutcome>

/** The outcome expected on the next rotation date, after SAP's migration of the user's default certificate. */
export const predictedOutcome = connectionOutcome.extend({
  date: isoDate,
  /** The certificate the user will present then. */
  certificateId: z.string(),
  certificateDescription: z.string(),
  /** True when SAP's rotation will move the user to another certificate. */
  migrated: z.boolean(),
  /** Set when that certificate is not issued yet (phase Stable): the day SAP issues it. */
  issuedOn: isoDate.optional(),
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
