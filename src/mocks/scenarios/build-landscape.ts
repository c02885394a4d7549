import { createInitialState } from '../../domain/initial-state'
import { initialIssuances } from '../../domain/issuance'
import { resolveInboundUser, resolveOutboundUser } from '../../domain/arrangement-rules'
import { scenarioById } from '../../domain/scenario-catalog'
import {
  CLIENT_DEFAULT_CATEGORY,
  type Certificate,
  type CommunicationSystem,
  type ExternalSystem,
  type CommunicationArrangement,
  type OutboundUser,
} from '../../domain/types'
import { NEW_SYSTEM_DEFAULTS } from '../../domain/system-fields'
import { trustedEntry, withPki } from '../backend/apply-command'
import { issueAll, issueDefaults, newCaChain } from '../backend/certificate-factory'
import { hashPassword } from '../backend/password-hash'
import type { SimulatedSystem } from '../backend/simulated-system'
import { customerCertificateDescription, sampleLandscape, type SampleSystem } from './landscape'

const customerCertificateId = 'customer-1'

/**
 * The sample landscape on `today`: a new CA, the defaults SAP would have issued by then, the
 * customer's own certificate, and every external system trusting the certificates its users present.
 */
export async function buildLandscape(
  scenarioId: string,
  today: string,
  landscape: SampleSystem[] = sampleLandscape,
): Promise<SimulatedSystem> {
  const ca = await newCaChain()
  const defaults = await issueDefaults(ca, initialIssuances(today))
  const customer = await issueAll(ca, [
    {
      id: customerCertificateId,
      subject: {
        CN: 'edi-client.example.com',
        OU: 'B2B Integration',
        O: 'Example Corp',
        L: 'Chicago',
        C: 'US',
      },
      validFrom: '2026-06-01',
      validTo: '2028-05-31',
    },
  ])
  const currentDefaultId = initialIssuances(today).at(-1)!.certificateId
  const details = { ...defaults.details, ...customer.details }
  const customerCertificate: Certificate = {
    id: customerCertificateId,
    kind: 'Customer',
    managedBy: 'Customer',
    description: customerCertificateDescription,
    // In use by BTP_EDI_ORDERS: its administrator set the category long ago.
    category: CLIENT_DEFAULT_CATEGORY,
    version: 1,
    validFrom: '2026-06-01',
    validTo: '2028-05-31',
    issuedOn: '2026-06-01',
    material: customer.material[customerCertificateId]!,
  }

  // Users on User Name and Password have a password nobody knows: only its hash is kept.
  const passwordHashes = await Promise.all(
    landscape.flatMap((sample) =>
      sample.outboundUsers
        .filter((user) => user.authenticationMethod === 'User Name and Password')
        .map((user) => hashPassword(`${user.userName}:${globalThis.crypto.randomUUID()}`)),
    ),
  )
  let nextUser = 1
  const systems: CommunicationSystem[] = landscape.map((sample) => ({
    ...NEW_SYSTEM_DEFAULTS,
    ...sample.details,
    systemId: sample.systemId,
    systemName: sample.systemName,
    hostName: sample.hostName,
    contactName: sample.contactName,
    email: sample.email,
    phone: sample.phone ?? '',
    inboundUsers: sample.inboundUsers,
    outboundUsers: sample.outboundUsers.map((user): OutboundUser => ({
      id: `user-${nextUser++}`,
      userName: user.userName,
      authenticationMethod: user.authenticationMethod,
      ...(user.authenticationMethod === 'OAuth 2.0'
        ? { clientAuthentication: user.clientAuthentication ?? 'Client Secret' }
        : {}),
      ...(user.certificate
        ? {
            clientCertificateId:
              user.certificate === 'customer' ? customerCertificateId : currentDefaultId,
          }
        : {}),
      ...(user.authenticationMethod === 'User Name and Password'
        ? { passwordHash: passwordHashes.shift()! }
        : {}),
    })),
    version: 1,
  }))

  const externalSystems: ExternalSystem[] = landscape.map((sample) => {
    const presented = new Set(
      sample.outboundUsers.map((user) =>
        user.certificate === 'customer' ? customerCertificateId : currentDefaultId,
      ),
    )
    const certificateIds = sample.outboundUsers.some((user) => user.certificate)
      ? [...presented]
      : []
    const {
      name,
      capacity,
      rejectionCode,
      trustMode = 'PinnedCertificate',
      trustsRoot,
    } = sample.external
    const trustStore = trustsRoot
      ? // Uploaded when the current default was, like the certificates elsewhere.
        [
          {
            ...trustedEntry(ca.record.root.material),
            uploadedOn: details[currentDefaultId]!.validFrom,
          },
        ]
      : certificateIds.map((id) => ({
          ...trustedEntry(details[id]!),
          uploadedOn: details[id]!.validFrom,
        }))
    return {
      host: sample.hostName,
      name,
      trustMode,
      capacity,
      rejectionCode,
      trustStore,
      connectionLog: [],
    }
  })

  const state = createInitialState({
    today,
    issued: defaults.material,
    customerCertificates: [customerCertificate],
    systems,
    externalSystems,
    arrangements: sampleArrangements(systems, landscape),
  })
  if (!state.ok) throw new Error(`The sample landscape is inconsistent: ${state.error.message}`)
  const system: SimulatedSystem = {
    scenarioId,
    state: state.value,
    changeLog: [],
    pki: { chain: ca.record, signingKey: ca.signingKey, details: {}, privateKeys: {} },
  }
  return withPki(withPki(system, defaults), customer)
}

/**
 * The sample's arrangements, resolved by the engine's own rules (the accepted outbound user, the first
 * inbound user); the initial state's invariants then check them. Built in one pass: the large landscape
 * has thousands.
 */
function sampleArrangements(
  systems: readonly CommunicationSystem[],
  landscape: readonly SampleSystem[],
): CommunicationArrangement[] {
  const systemsById = new Map(systems.map((system) => [system.systemId, system]))
  return landscape.flatMap((sample) =>
    (sample.arrangements ?? []).map(({ scenarioId, name, outboundUser }) => {
      const system = systemsById.get(sample.systemId)!
      const scenario = scenarioById(scenarioId)
      const userId = system.outboundUsers.find((u) => u.userName === outboundUser)?.id
      const outbound = scenario && resolveOutboundUser(scenario, system, userId)
      const inbound = scenario && resolveInboundUser(scenario, system, undefined)
      if (!outbound?.ok || !inbound?.ok)
        throw new Error(`Sample arrangement ${scenarioId} of ${sample.systemId} is not possible`)
      return {
        name: name ?? scenarioId,
        scenarioId,
        systemId: system.systemId,
        ...(outbound.value === undefined ? {} : { outboundUserId: outbound.value }),
        ...(inbound.value === undefined ? {} : { inboundUserName: inbound.value }),
        inactiveServiceIds: [],
        version: 1,
      }
    }),
  )
}
