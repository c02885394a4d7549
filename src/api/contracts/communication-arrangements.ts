import { z } from './zod'
import { authenticationMethod, clientAuthentication, page, readinessStatus } from './common'
import { outboundUser } from './communication-systems'

// The Communication Arrangements app's wire format: arrangements, SAP's scenario catalog, and the
// Check Connection of an outbound service (answered like an outbound user's own check).

/** SAP keys an arrangement by its name; the name defaults to the scenario ID and never changes. */
export const arrangementName = z
  .string({ message: 'Enter an Arrangement Name.' })
  .trim()
  .min(1, 'Enter an Arrangement Name.')
  .max(80, 'An Arrangement Name has at most 80 characters.')
  .regex(
    /^[A-Z0-9][A-Z0-9_-]*$/,
    'Use capital letters, digits, "_" and "-", starting with a letter or digit.',
  )

export const outboundService = z.object({
  id: z.string(),
  name: z.string(),
  /** HTTP services have a path below the system's host; RFC services have none. */
  kind: z.enum(['HTTP', 'RFC']),
  path: z.string().optional(),
})
export type OutboundService = z.infer<typeof outboundService>

export const outboundMethod = z.object({
  authenticationMethod,
  clientAuthentication: clientAuthentication.optional(),
})
export type OutboundMethod = z.infer<typeof outboundMethod>

export const communicationScenario = z.object({
  id: z.string(),
  description: z.string(),
  hasInboundServices: z.boolean(),
  outboundServices: z.array(outboundService),
  /** How its outbound users may log on; empty for a scenario without outbound services. */
  outboundMethods: z.array(outboundMethod),
  /** SAP allows one arrangement of it per client. */
  singleArrangement: z.boolean(),
})
export type CommunicationScenario = z.infer<typeof communicationScenario>

export const communicationScenarioList = z.object({ items: z.array(communicationScenario) })
export type CommunicationScenarioList = z.infer<typeof communicationScenarioList>

export const arrangementService = outboundService.extend({
  /** Service Status: Active unless an administrator switched it off. */
  active: z.boolean(),
})
export type ArrangementService = z.infer<typeof arrangementService>

export const communicationArrangement = z.object({
  name: z.string(),
  scenarioId: z.string(),
  scenarioDescription: z.string(),
  systemId: z.string(),
  systemName: z.string(),
  hostName: z.string(),
  port: z.number(),
  inboundUserName: z.string().optional(),
  /** The outbound user with its certificate, readiness and outcomes, as Communication Systems shows it. */
  outboundUser: outboundUser.optional(),
  services: z.array(arrangementService),
  /** Whether its outbound user presents Client Default Expiring (the certificate the next rotation removes). */
  onClientDefaultExpiring: z.boolean(),
  /** Also sent as the ETag header; PATCH and DELETE must echo it in If-Match. */
  version: z.number(),
})
export type CommunicationArrangement = z.infer<typeof communicationArrangement>

export const communicationArrangementSummary = z.object({
  name: z.string(),
  scenarioId: z.string(),
  scenarioDescription: z.string(),
  systemId: z.string(),
  systemName: z.string(),
  outboundUserId: z.string().optional(),
  outboundUserName: z.string().optional(),
  authenticationMethod: authenticationMethod.optional(),
  clientAuthentication: clientAuthentication.optional(),
  clientCertificateId: z.string().optional(),
  clientCertificateDescription: z.string().optional(),
  readiness: readinessStatus.optional(),
  onClientDefaultExpiring: z.boolean(),
})
export type CommunicationArrangementSummary = z.infer<typeof communicationArrangementSummary>

/** Sorted by Arrangement Name; `total` counts every match, `items` is the requested page. */
export const communicationArrangementList = page(communicationArrangementSummary)
export type CommunicationArrangementList = z.infer<typeof communicationArrangementList>

/** The list's query: text search over name, scenario and system, and filters. */
export const communicationArrangementListParams = z.object({
  search: z.string().max(200).optional(),
  scenarioId: z.string().max(40).optional(),
  /** Arrangements whose outbound user presents this client certificate. */
  certificate: z.string().max(200).optional(),
  systemId: z.string().max(40).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
})
export type CommunicationArrangementListParams = Partial<
  z.infer<typeof communicationArrangementListParams>
>

const userReference = z.string().trim().min(1).max(200)

export const createArrangementRequest = z
  .object({
    scenarioId: z
      .string({ message: 'Choose a Communication Scenario.' })
      .min(1, 'Choose a Communication Scenario.')
      .max(40),
    /** The scenario ID when left out. */
    name: arrangementName.optional(),
    systemId: z
      .string({ message: 'Choose a Communication System.' })
      .min(1, 'Choose a Communication System.')
      .max(40),
    outboundUserId: userReference.optional(),
    inboundUserName: userReference.optional(),
  })
  .strict()
export type CreateArrangementRequest = z.infer<typeof createArrangementRequest>

export const updateArrangementRequest = z
  .object({
    systemId: z.string().min(1, 'Choose a Communication System.').max(40),
    outboundUserId: userReference,
    inboundUserName: userReference,
    services: z.array(z.object({ id: z.string().max(80), active: z.boolean() }).strict()).max(20),
  })
  .partial()
  .strict()
export type UpdateArrangementRequest = z.infer<typeof updateArrangementRequest>
