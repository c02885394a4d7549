import type {
  AuthenticationMethod,
  CommunicationSystem,
  ClientAuthentication,
  ExternalSystemCapacity,
  RejectionCode,
  TrustMode,
} from '../../domain/types'

/** One outbound user of the sample landscape; `certificate` says which kind of certificate it presents. */
export interface SampleOutboundUser {
  userName: string
  authenticationMethod: AuthenticationMethod
  clientAuthentication?: ClientAuthentication
  certificate?: 'default' | 'customer'
}

/**
 * The external system behind a host. It pins the certificates its users present unless it trusts
 * issuers; one that trusts issuers holds the SAP Cloud Root CA with `trustsRoot`, else the certificates.
 */
export interface SampleExternalSystem {
  name: string
  capacity: ExternalSystemCapacity
  rejectionCode: RejectionCode
  trustMode?: TrustMode
  trustsRoot?: boolean
}

/** A communication system of the sample landscape with the external system behind its host. */
export interface SampleSystem {
  systemId: string
  systemName: string
  hostName: string
  contactName: string
  email: string
  phone?: string
  /** UI Host, business system and Cloud Connector, where the system has them (else empty, off). */
  details?: Partial<
    Pick<
      CommunicationSystem,
      'uiHost' | 'logicalSystem' | 'businessSystem' | 'cloudConnector' | 'sccLocationId'
    >
  >
  external: SampleExternalSystem
  inboundUsers: { userName: string; authenticationMethod: AuthenticationMethod }[]
  outboundUsers: SampleOutboundUser[]
  /** Its communication arrangements: a scenario, a name (the scenario ID if left out), the outbound user by name. */
  arrangements?: SampleArrangement[]
}

export interface SampleArrangement {
  scenarioId: string
  name?: string
  outboundUser?: string
}

export const customerCertificateDescription = 'EDI Gateway Client Certificate'

const ssl = 'SSL Client Certificate' as const

/**
 * A believable customer landscape: eleven systems; external systems that pin certificates (both
 * capacities, both rejection codes) or trust issuers (one with the SAP Cloud Root CA, one without);
 * users on certificates, passwords, OAuth and OAuth with mTLS; one customer-managed certificate.
 */
export const sampleLandscape: SampleSystem[] = [
  {
    systemId: 'S4H-FIN-PRD',
    systemName: 'S/4HANA Finance (on-premise)',
    hostName: 's4h-fin.example.com',
    contactName: 'Finance IT',
    email: 'fin-it@example.com',
    // On-premise and trusting SAP's root: the rotation is harmless here.
    phone: '+49 6227 7-47474',
    // On-premise, behind the Cloud Connector of the finance data centre.
    details: {
      uiHost: 'fiori.s4h-fin.example.com',
      logicalSystem: 'S4HCLNT100',
      businessSystem: 'S4H_FIN_PRD',
      cloudConnector: true,
      sccLocationId: 'FINDC01',
    },
    external: {
      name: 'S/4HANA Finance gateway',
      capacity: 'multiple',
      rejectionCode: 401,
      trustMode: 'TrustedIssuer',
      trustsRoot: true,
    },
    inboundUsers: [{ userName: 'CC_S4H_FIN_IN', authenticationMethod: 'User Name and Password' }],
    outboundUsers: [
      { userName: 'BTP_FIN_POSTING', authenticationMethod: ssl, certificate: 'default' },
      { userName: 'BTP_FIN_MASTERDATA', authenticationMethod: ssl, certificate: 'default' },
    ],
    arrangements: [
      {
        name: 'Z_FIN_BUSINESS_PARTNER',
        scenarioId: 'SAP_COM_0008',
        outboundUser: 'BTP_FIN_MASTERDATA',
      },
    ],
  },
  {
    systemId: 'SFSF-EC',
    systemName: 'SuccessFactors Employee Central',
    hostName: 'api.successfactors.example.com',
    contactName: 'HR Systems',
    email: 'hr-systems@example.com',
    external: { name: 'SuccessFactors OData API', capacity: 'single', rejectionCode: 403 },
    inboundUsers: [],
    outboundUsers: [
      { userName: 'BTP_HR_REPLICATION', authenticationMethod: ssl, certificate: 'default' },
    ],
    arrangements: [
      {
        name: 'Z_HR_BUSINESS_PARTNER',
        scenarioId: 'SAP_COM_0008',
        outboundUser: 'BTP_HR_REPLICATION',
      },
    ],
  },
  {
    systemId: 'ARIBA-PROC',
    systemName: 'Ariba Procurement',
    hostName: 'ariba.example.net',
    contactName: 'Procurement Apps',
    email: 'procurement@example.com',
    external: { name: 'Ariba Network', capacity: 'multiple', rejectionCode: 403 },
    inboundUsers: [{ userName: 'CC_ARIBA_IN', authenticationMethod: 'SSL Client Certificate' }],
    outboundUsers: [
      { userName: 'BTP_PO_TRANSFER', authenticationMethod: ssl, certificate: 'default' },
      { userName: 'BTP_INVOICE_SYNC', authenticationMethod: 'OAuth 2.0' },
    ],
    arrangements: [
      { name: 'Z_ARIBA_SUPPLIERS', scenarioId: 'SAP_COM_0008', outboundUser: 'BTP_PO_TRANSFER' },
      { scenarioId: 'SAP_COM_0276', outboundUser: 'BTP_INVOICE_SYNC' },
    ],
  },
  {
    systemId: 'BANK-EBICS',
    systemName: 'House Bank EBICS Connector',
    hostName: 'ebics.bank.example.com',
    contactName: 'Treasury',
    email: 'treasury@example.com',
    external: { name: 'Bank EBICS server', capacity: 'single', rejectionCode: 401 },
    inboundUsers: [],
    outboundUsers: [
      { userName: 'BTP_PAYMENT_RUN', authenticationMethod: ssl, certificate: 'default' },
    ],
    arrangements: [
      { name: 'Z_BANK_PARTNERS', scenarioId: 'SAP_COM_0008', outboundUser: 'BTP_PAYMENT_RUN' },
    ],
  },
  {
    systemId: 'CRM-SALES',
    systemName: 'Sales Cloud CRM',
    hostName: 'crm.example.org',
    contactName: 'Sales IT',
    email: 'sales-it@example.com',
    phone: '+1 (555) 010-2030',
    external: { name: 'CRM REST API', capacity: 'multiple', rejectionCode: 401 },
    inboundUsers: [{ userName: 'CC_CRM_IN', authenticationMethod: 'OAuth 2.0' }],
    outboundUsers: [
      { userName: 'BTP_ACCOUNT_SYNC', authenticationMethod: ssl, certificate: 'default' },
      { userName: 'BTP_QUOTE_EXPORT', authenticationMethod: 'User Name and Password' },
    ],
    arrangements: [
      { name: 'Z_CRM_ACCOUNTS', scenarioId: 'SAP_COM_0008', outboundUser: 'BTP_ACCOUNT_SYNC' },
      { scenarioId: 'SAP_COM_0193' },
    ],
  },
  {
    systemId: 'WMS-3PL',
    systemName: '3PL Warehouse Partner',
    hostName: 'wms.logistics.example.com',
    contactName: 'Logistics',
    email: 'logistics-support@example.com',
    external: { name: 'Warehouse partner API', capacity: 'multiple', rejectionCode: 403 },
    inboundUsers: [],
    outboundUsers: [
      { userName: 'BTP_DELIVERY_OUT', authenticationMethod: ssl, certificate: 'default' },
      { userName: 'BTP_STOCK_QUERY', authenticationMethod: ssl, certificate: 'default' },
    ],
  },
  {
    systemId: 'TAX-SERVICE',
    systemName: 'Tax Calculation Service',
    hostName: 'tax.example.io',
    contactName: 'Tax Office IT',
    email: 'tax-it@example.com',
    external: { name: 'Tax engine', capacity: 'single', rejectionCode: 401 },
    inboundUsers: [],
    outboundUsers: [
      { userName: 'BTP_TAX_CALC', authenticationMethod: ssl, certificate: 'default' },
    ],
    arrangements: [
      { name: 'Z_TAX_PARTNERS', scenarioId: 'SAP_COM_0008', outboundUser: 'BTP_TAX_CALC' },
    ],
  },
  {
    systemId: 'PAYROLL-DE',
    systemName: 'Payroll Provider Germany',
    hostName: 'payroll.example.de',
    contactName: 'Payroll',
    email: 'payroll@example.com',
    phone: '+49 30 1234-5678',
    external: { name: 'Payroll gateway', capacity: 'multiple', rejectionCode: 403 },
    inboundUsers: [{ userName: 'CC_PAYROLL_IN', authenticationMethod: 'User Name and Password' }],
    outboundUsers: [
      { userName: 'BTP_PAYROLL_RESULTS', authenticationMethod: ssl, certificate: 'default' },
    ],
  },
  {
    systemId: 'MDG-HUB',
    systemName: 'Master Data Hub',
    hostName: 'mdg.example.com',
    contactName: 'Data Governance',
    email: 'mdg@example.com',
    // Trusts issuers but was given the certificate instead of the root: it breaks at the rotation.
    details: { logicalSystem: 'MDGCLNT200', businessSystem: 'MDG_HUB' },
    external: {
      name: 'Master data hub',
      capacity: 'multiple',
      rejectionCode: 401,
      trustMode: 'TrustedIssuer',
    },
    inboundUsers: [],
    // As SAP sets up e.g. SAP_COM_0A69: OAuth 2.0, client authentication mTLS with Client Default.
    outboundUsers: [
      {
        userName: 'BTP_MDG_REPLICATION',
        authenticationMethod: 'OAuth 2.0',
        clientAuthentication: 'mTLS',
        certificate: 'default',
      },
    ],
    arrangements: [{ scenarioId: 'SAP_COM_0A69', outboundUser: 'BTP_MDG_REPLICATION' }],
  },
  {
    systemId: 'ARCHIVE-LEGACY',
    systemName: 'Legacy Document Archive',
    hostName: 'archive.example.com',
    contactName: 'Records Management',
    email: 'records@example.com',
    // On-premise too, through the Cloud Connector's default location.
    details: { cloudConnector: true },
    external: { name: 'Archive server', capacity: 'single', rejectionCode: 403 },
    inboundUsers: [],
    outboundUsers: [
      { userName: 'BTP_ARCHIVE_WRITE', authenticationMethod: 'User Name and Password' },
    ],
    arrangements: [{ scenarioId: 'SAP_COM_0464', outboundUser: 'BTP_ARCHIVE_WRITE' }],
  },
  {
    systemId: 'EDI-GATEWAY',
    systemName: 'EDI Gateway',
    hostName: 'edi.example.com',
    contactName: 'B2B Integration',
    email: 'b2b@example.com',
    external: { name: 'EDI gateway', capacity: 'multiple', rejectionCode: 403 },
    inboundUsers: [],
    outboundUsers: [
      { userName: 'BTP_EDI_ORDERS', authenticationMethod: ssl, certificate: 'customer' },
      { userName: 'BTP_EDI_DESADV', authenticationMethod: ssl, certificate: 'default' },
    ],
    arrangements: [
      { name: 'Z_EDI_ORDERS', scenarioId: 'SAP_COM_0008', outboundUser: 'BTP_EDI_ORDERS' },
    ],
  },
]
