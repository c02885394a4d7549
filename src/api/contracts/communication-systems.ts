import { z } from 'zod'
import {
  authenticationMethod,
  changeRecord,
  clientAuthentication,
  connectionOutcome,
  page,
  predictedOutcome,
  readinessStatus,
} from './common'
import { certificateRole } from './client-certificates'
import { MAX_ID_LENGTH, MAX_OUTBOUND_USERS_PER_SYSTEM, safeText } from './safe-text'

// Field rules an administrator sees as value states; the backend applies the same schemas.
export const systemId = z
  .string({ message: 'Enter a System ID.' })
  .trim()
  .min(1, 'Enter a System ID.')
  .max(40, 'A System ID has at most 40 characters.')
  .regex(
    /^[A-Z0-9][A-Z0-9_-]*$/,
    'Use capital letters, digits, "_" and "-", starting with a letter or digit.',
  )

export const systemName = safeText({
  label: 'System Name',
  max: 80,
  required: 'Enter a System Name.',
  tooLong: 'A System Name has at most 80 characters.',
})

export const contactInformation = safeText({ label: 'Contact Information', max: 200 })

export const hostName = z
  .string({ message: 'Enter a Host Name.' })
  .trim()
  .max(253, 'A host name has at most 253 characters.')
  .regex(
    /^$|^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i,
    'Enter a host name such as api.example.com (letters, digits, "-" and ".").',
  )
  // On create and on change alike: the host is the key of the external system the system talks to.
  .refine((host) => host !== '', 'Enter a Host Name.')

export const port = z
  .number({ message: 'Enter a port number.' })
  .int('A port is a whole number.')
  .min(1, 'A port lies between 1 and 65535.')
  .max(65535, 'A port lies between 1 and 65535.')

export const outboundUser = z.object({
  id: z.string(),
  userName: z.string(),
  authenticationMethod,
  /** Only for OAuth 2.0 users. */
  clientAuthentication: clientAuthentication.optional(),
  clientCertificateId: z.string().optional(),
  /** Description of the client certificate (Client Default, Client Default Expiring, …). */
  clientCertificateDescription: z.string().optional(),
  /** The rest only for certificate-based users (SSL Client Certificate, OAuth 2.0 with mTLS). */
  readiness: readinessStatus.optional(),
  /** Today's connection outcome. */
  connection: connectionOutcome.optional(),
  /** The outcome predicted at the next rotation. */
  afterRotation: predictedOutcome.optional(),
})
export type OutboundUser = z.infer<typeof outboundUser>

export const inboundUser = z.object({ userName: z.string(), authenticationMethod })

export const communicationSystem = z.object({
  systemId: z.string(),
  systemName: z.string(),
  contactInformation: z.string(),
  hostName: z.string(),
  port: z.number(),
  inboundOnly: z.boolean(),
  inboundUsers: z.array(inboundUser),
  outboundUsers: z.array(outboundUser),
  /** Also sent as the ETag header; PATCH and DELETE must echo it in If-Match. */
  version: z.number(),
})
export type CommunicationSystem = z.infer<typeof communicationSystem>

export const communicationSystemSummary = z.object({
  systemId: z.string(),
  systemName: z.string(),
  hostName: z.string(),
  /** The certificates its outbound users use, by id, description and role. */
  certificates: z.array(
    z.object({ id: z.string(), description: z.string(), role: certificateRole }),
  ),
  /** The worst readiness among its certificate-based outbound users; absent when it has none. */
  readiness: readinessStatus.optional(),
  outboundUserCount: z.number(),
})
export type CommunicationSystemSummary = z.infer<typeof communicationSystemSummary>

/** Sorted by System ID; `total` counts every match, `items` is the requested page. */
export const communicationSystemList = page(communicationSystemSummary)
export type CommunicationSystemList = z.infer<typeof communicationSystemList>

/** The query string of the list: text search over System ID, name and host, and two filters. */
export const communicationSystemListParams = z.object({
  search: z.string().optional(),
  /** Systems with an outbound user that uses this certificate. */
  certificate: z.string().optional(),
  /** Systems whose worst readiness (the row's readiness) is this. */
  readiness: readinessStatus.optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
})
export type CommunicationSystemListParams = Partial<z.infer<typeof communicationSystemListParams>>

export const createSystemRequest = z
  .object({
    systemId,
    systemName,
    contactInformation: contactInformation.optional(),
    hostName,
    port: port.optional(),
    inboundOnly: z.boolean().optional(),
    outboundUsers: z
      .array(z.lazy(() => outboundUserRequest))
      .max(
        MAX_OUTBOUND_USERS_PER_SYSTEM,
        `A system has at most ${MAX_OUTBOUND_USERS_PER_SYSTEM} users for outbound communication.`,
      )
      .optional(),
  })
  .strict()
export type CreateSystemRequest = z.infer<typeof createSystemRequest>

export const updateSystemRequest = z
  .object({
    systemName,
    contactInformation,
    hostName,
    port,
    inboundOnly: z.boolean(),
  })
  .partial()
  .strict()
export type UpdateSystemRequest = z.infer<typeof updateSystemRequest>

const outboundUserFields = z
  .object({
    userName: safeText({
      label: 'User Name',
      max: 60,
      required: 'Enter a User Name.',
      tooLong: 'A User Name has at most 60 characters.',
    }),
    authenticationMethod,
    /** OAuth 2.0 only; Client Secret when left out. */
    clientAuthentication: clientAuthentication.optional(),
    clientCertificateId: safeText({
      label: 'Client Certificate',
      max: MAX_ID_LENGTH,
      required: 'Choose a Client Certificate.',
    }).optional(),
  })
  .strict()

/** Users that present a client certificate: SSL Client Certificate, and OAuth 2.0 with mTLS. */
export function presentsClientCertificate(
  user: Pick<OutboundUserRequest, 'authenticationMethod' | 'clientAuthentication'>,
): boolean {
  return (
    user.authenticationMethod === 'SSL Client Certificate' ||
    (user.authenticationMethod === 'OAuth 2.0' && user.clientAuthentication === 'mTLS')
  )
}

export const outboundUserRequest = outboundUserFields
  .refine((user) => !presentsClientCertificate(user) || !!user.clientCertificateId, {
    message: 'Choose a Client Certificate.',
    path: ['clientCertificateId'],
  })
  .refine((user) => user.authenticationMethod === 'OAuth 2.0' || !user.clientAuthentication, {
    message: 'Only users with OAuth 2.0 have a Client Authentication.',
    path: ['clientAuthentication'],
  })
export type OutboundUserRequest = z.infer<typeof outboundUserFields>

/** Fields left out stay as they are; a method without certificates drops the certificate. */
export const updateOutboundUserRequest = outboundUserFields.partial()
export type UpdateOutboundUserRequest = z.infer<typeof updateOutboundUserRequest>

/** Change documents of one communication system, newest first. */
export const systemChanges = z.object({ items: z.array(changeRecord) })
export type SystemChanges = z.infer<typeof systemChanges>

export const checkConnectionResponse = connectionOutcome.extend({
  certificate: z.object({ id: z.string(), description: z.string(), fingerprintSha256: z.string() }),
  host: z.string(),
})
export type CheckConnectionResponse = z.infer<typeof checkConnectionResponse>
