import type { AuthenticationMethod, ClientAuthentication, OutboundUser } from './types'

/** An outbound service of a communication scenario: what the ABAP system calls at the communication system. */
export interface OutboundService {
  readonly id: string
  readonly name: string
  /** HTTP services have a path below the system's host; RFC services have none. */
  readonly kind: 'HTTP' | 'RFC'
  readonly path?: string
}

/** How an outbound user may authenticate for a scenario: a method, and for OAuth 2.0 the client authentication. */
export interface OutboundMethod {
  readonly authenticationMethod: AuthenticationMethod
  readonly clientAuthentication?: ClientAuthentication
}

/** A communication scenario as SAP delivers it: what it offers inbound and outbound, and how its outbound side may log on. */
export interface CommunicationScenario {
  readonly id: string
  readonly description: string
  /** Whether the scenario has inbound services (then an arrangement may name an inbound user). */
  readonly hasInboundServices: boolean
  readonly outboundServices: readonly OutboundService[]
  /** Empty exactly when the scenario has no outbound services. */
  readonly outboundMethods: readonly OutboundMethod[]
  /** SAP allows only one arrangement of this scenario per client. */
  readonly singleArrangement: boolean
}

const password: OutboundMethod = { authenticationMethod: 'User Name and Password' }
const certificate: OutboundMethod = { authenticationMethod: 'SSL Client Certificate' }
const oauthMtls: OutboundMethod = {
  authenticationMethod: 'OAuth 2.0',
  clientAuthentication: 'mTLS',
}
const oauthSecret: OutboundMethod = {
  authenticationMethod: 'OAuth 2.0',
  clientAuthentication: 'Client Secret',
}

/**
 * The scenarios Rotation Lab offers: real SAP scenario IDs and names (SAP Help), with their outbound
 * services simplified to what a rotation rehearsal needs. The order is the value help's.
 */
export const SCENARIO_CATALOG: readonly CommunicationScenario[] = [
  {
    id: 'SAP_COM_0008',
    description: 'Business Partner, Customer and Supplier Integration',
    hasInboundServices: true,
    outboundServices: [
      {
        id: 'BP_REPLICATE',
        name: 'Business Partner - Replicate to Client',
        kind: 'HTTP',
        path: '/sap/bc/srt/scs_ext/sap/businesspartnersuitebulkreplicatereq',
      },
      {
        id: 'BP_RELATIONSHIP_REPLICATE',
        name: 'Business Partner Relationship - Replicate to Client',
        kind: 'HTTP',
        path: '/sap/bc/srt/scs_ext/sap/businesspartnerrelationshipsuitebulkreplicatereq',
      },
      {
        id: 'BP_CONFIRM',
        name: 'Business Partner - Send Confirmation to Client',
        kind: 'HTTP',
        path: '/sap/bc/srt/scs_ext/sap/businesspartnersuitebulkreplicateconf',
      },
    ],
    outboundMethods: [password, certificate],
    singleArrangement: false,
  },
  {
    id: 'SAP_COM_0193',
    description: 'Identity Provisioning Integration',
    hasInboundServices: true,
    outboundServices: [],
    outboundMethods: [],
    singleArrangement: false,
  },
  {
    id: 'SAP_COM_0276',
    description: 'SAP BTP Destination Service Integration',
    hasInboundServices: false,
    outboundServices: [
      {
        id: 'DESTINATION_SERVICE',
        name: 'Destination Service - Read Destinations',
        kind: 'HTTP',
        path: '/destination-configuration/v1/destinations',
      },
    ],
    outboundMethods: [oauthMtls, oauthSecret],
    singleArrangement: false,
  },
  {
    id: 'SAP_COM_0464',
    description: 'SAP Custom Code Migration Integration',
    hasInboundServices: false,
    outboundServices: [
      { id: 'CUSTOM_CODE_MIGRATION_RFC', name: 'Custom Code Migration - RFC', kind: 'RFC' },
    ],
    outboundMethods: [password],
    singleArrangement: false,
  },
  {
    id: 'SAP_COM_0A69',
    description: 'Generative AI Hub Integration for ISLM',
    hasInboundServices: false,
    outboundServices: [
      {
        id: 'GENAI_HUB_INFERENCE',
        name: 'Generative AI Hub - Inference',
        kind: 'HTTP',
        path: '/v2/inference',
      },
      {
        id: 'GENAI_HUB_DEPLOYMENTS',
        name: 'Generative AI Hub - Deployments',
        kind: 'HTTP',
        path: '/v2/lm/deployments',
      },
    ],
    outboundMethods: [oauthMtls, oauthSecret],
    // SAP: "Currently, you can create one instance of the communication scenario per client."
    singleArrangement: true,
  },
]

const scenariosById = new Map(SCENARIO_CATALOG.map((scenario) => [scenario.id, scenario]))

export function scenarioById(id: string): CommunicationScenario | undefined {
  return scenariosById.get(id)
}

/** Whether an outbound user logs on in a way the scenario's outbound side accepts. */
export function supportsOutboundUser(scenario: CommunicationScenario, user: OutboundUser): boolean {
  return scenario.outboundMethods.some(
    (method) =>
      method.authenticationMethod === user.authenticationMethod &&
      (method.clientAuthentication === undefined ||
        method.clientAuthentication === user.clientAuthentication),
  )
}

/** A method in words, as the outbound user dialog names it: "OAuth 2.0 (mTLS)". */
export function outboundMethodLabel(method: OutboundMethod): string {
  return method.clientAuthentication
    ? `${method.authenticationMethod} (${method.clientAuthentication})`
    : method.authenticationMethod
}
