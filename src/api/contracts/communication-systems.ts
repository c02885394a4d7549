import { z } from './zod'
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

const hostPattern =
  /^$|^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i

/** A host name, or nothing: empty is left to the field that requires one. */
const optionalHostName = (typeMessage: string, tooLong: string) =>
  z
    .string({ message: typeMessage })
    .trim()
    .max(253, tooLong)
    .regex(hostPattern, 'Enter a host name such as api.example.com (letters, digits, "-" and ".").')

export const hostName = optionalHostName(
  'Enter a Host Name.',
  'A host name has at most 253 characters.',
)
  // On create and on change alike: the host is the key of the external system the system talks to.
  .refine((host) => host !== '', 'Enter a Host Name.')

/** General Data: where the system's user interface runs, if elsewhere than its host. */
export const uiHost = optionalHostName(
  'A UI Host is text.',
  'A UI Host has at most 253 characters.',
)

/** SAP's logical system name (ALE): up to 10 capital letters and digits. */
export const logicalSystem = z
  .string({ message: 'Logical System is text.' })
  .trim()
  .max(10, 'A Logical System has at most 10 characters.')
  .regex(/^[A-Z0-9]*$/, 'Use capital letters and digits for a Logical System.')

export const businessSystem = safeText({
  label: 'Business System',
  max: 60,
  tooLong: 'A Business System has at most 60 characters.',
})

/** The Cloud Connector location a system is reached through (empty: its default location). */
export const sccLocationId = z
  .string({ message: 'SCC Location ID is text.' })
  .trim()
  .max(64, 'An SCC Location ID has at most 64 characters.')
  .regex(/^[A-Za-z0-9]*$/, 'Use letters and digits for an SCC Location ID.')

export const contactName = safeText({
  label: 'Contact Name',
  max: 80,
  tooLong: 'A Contact Name has at most 80 characters.',
})

export const email = z
  .string({ message: 'E-Mail is text.' })
  .trim()
  .max(254, 'An e-mail address has at most 254 characters.')
  .regex(
    /^$|^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/,
    'Enter an e-mail address such as name@example.com.',
  )

/** Digits, spaces and the usual separators: "+49 (30) 1234-567", "030/1234 567". */
export const phone = z
  .string({ message: 'Phone is text.' })
  .trim()
  .max(30, 'A phone number has at most 30 characters.')
  .regex(
    /^$|^(?=.*[0-9])[0-9 +()/-]+$/,
    'Enter a phone number: digits, spaces, "+", "-", "/" and parentheses.',
  )

/** The fields SAP shows in General Data and Technical Data besides the key ones, all optional. */
const systemDetails = {
  uiHost,
  logicalSystem,
  businessSystem,
  cloudConnector: z.boolean({ message: 'Cloud Connector is on or off.' }),
  sccLocationId,
  contactName,
  email,
  phone,
}

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
  /** User Name and Password users only: whether a password is set. The password is write-only. */
  passwordSet: z.boolean().optional(),
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
  hostName: z.string(),
  port: z.number(),
  uiHost: z.string(),
  logicalSystem: z.string(),
  businessSystem: z.string(),
  cloudConnector: z.boolean(),
  /** Empty without Cloud Connector. */
  sccLocationId: z.string(),
  contactName: z.string(),
  email: z.string(),
  phone: z.string(),
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
    hostName,
    port: port.optional(),
    ...z.object(systemDetails).partial().shape,
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
    hostName,
    port,
    ...systemDetails,
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
    /**
     * User Name and Password only; write-only: no response carries it, the backend keeps a salted
     * hash. Required for a new user of that method; on a change, empty or left out keeps the old one.
     */
    password: z.string().max(128, 'A password has at most 128 characters.').optional(),
  })
  .strict()

const PASSWORD_METHOD = 'User Name and Password'

/** Users that present a client certificate: SSL Client Certificate, and OAuth 2.0 with mTLS. */
export function presentsClientCertificate(
  user: Pick<OutboundUserRequest, 'authenticationMethod' | 'clientAuthentication'>,
): boolean {
  return (
    user.authenticationMethod === 'SSL Client Certificate' ||
    (user.authenticationMethod === 'OAuth 2.0' && user.clientAuthentication === 'mTLS')
  )
}

/** The rules of a whole user, as an edit leaves it; a password is needed only by a new one. */
export const outboundUserChecks = outboundUserFields
  .refine((user) => !presentsClientCertificate(user) || !!user.clientCertificateId, {
    message: 'Choose a Client Certificate.',
    path: ['clientCertificateId'],
  })
  .refine((user) => user.authenticationMethod === 'OAuth 2.0' || !user.clientAuthentication, {
    message: 'Only users with OAuth 2.0 have a Client Authentication.',
    path: ['clientAuthentication'],
  })
  .refine((user) => user.authenticationMethod === PASSWORD_METHOD || !user.password, {
    message: 'Only users with User Name and Password have a Password.',
    path: ['password'],
  })

/** A new user (POST, or in a create request): one on User Name and Password needs a password. */
export const outboundUserRequest = outboundUserChecks.refine(
  (user) => user.authenticationMethod !== PASSWORD_METHOD || !!user.password,
  { message: 'Enter a Password.', path: ['password'] },
)
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
