import { beforeAll } from 'vitest'
import { api } from './api-server'

/**
 * One request to every endpoint that reads or changes the simulated system (method, path under
 * api/, body): a store that cannot be used must answer each of them the same way. `'certificate'`
 * stands for an uploaded certificate file (see everyEndpointRequest).
 */
export const everyEndpoint: [string, string, unknown?][] = [
  ['GET', 'clock'],
  ['POST', 'clock/advance', { days: 1 }],
  ['GET', 'client-certificates'],
  ['GET', 'client-certificates/customer-1'],
  ['GET', 'client-certificates/customer-1/export?format=pem'],
  ['GET', 'communication-systems'],
  ['POST', 'communication-systems', { systemId: 'X', systemName: 'X', hostName: 'x.example.com' }],
  ['GET', 'communication-systems/S4H-FIN-PRD'],
  ['PATCH', 'communication-systems/S4H-FIN-PRD', {}],
  ['DELETE', 'communication-systems/S4H-FIN-PRD'],
  ['GET', 'communication-systems/S4H-FIN-PRD/changes'],
  [
    'POST',
    'communication-systems/S4H-FIN-PRD/outbound-users',
    { userName: 'U', authenticationMethod: 'None' },
  ],
  ['PATCH', 'communication-systems/S4H-FIN-PRD/outbound-users/user-1', {}],
  ['DELETE', 'communication-systems/S4H-FIN-PRD/outbound-users/user-1'],
  ['POST', 'communication-systems/S4H-FIN-PRD/outbound-users/user-1/check-connection'],
  ['GET', 'communication-arrangements'],
  ['POST', 'communication-arrangements', { scenarioId: 'SAP_COM_0008', systemId: 'WMS-3PL' }],
  ['GET', 'communication-arrangements/Z_TAX_PARTNERS'],
  ['PATCH', 'communication-arrangements/Z_TAX_PARTNERS', {}],
  ['DELETE', 'communication-arrangements/Z_TAX_PARTNERS'],
  [
    'POST',
    'communication-arrangements/Z_TAX_PARTNERS/outbound-services/BP_REPLICATE/check-connection',
  ],
  ['GET', 'external-systems'],
  ['GET', 'external-systems/s4h-fin.example.com'],
  ['PATCH', 'external-systems/s4h-fin.example.com', {}],
  ['DELETE', `external-systems/s4h-fin.example.com/trusted-certificates/${'AB'.repeat(32)}`],
  ['POST', 'external-systems/s4h-fin.example.com/trusted-certificates', 'certificate'],
  ['GET', 'rotation/readiness'],
  ['GET', 'events'],
  ['GET', 'simulation/storage'],
  ['POST', 'simulation/storage/clear-change-records', { before: '2020-01-01' }],
  ['GET', 'simulation/export'],
]

/** Makes the certificate file the upload endpoint gets (a partner's self-signed leaf, by openssl). */
export function uploadableCertificate(): { file: Uint8Array<ArrayBuffer> } {
  const made = { file: new Uint8Array(0) }
  beforeAll(async () => {
    const { opensslLine, readTemp } = await import('../pki/openssl.test-helper')
    opensslLine(
      'req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout k.pem -out c.pem -days 1 -addext basicConstraints=CA:FALSE -subj',
      '/CN=partner.example.com',
    )
    made.file = new Uint8Array(readTemp('c.pem'))
  })
  return made
}

/** Sends one of everyEndpoint's requests (with If-Match: * for the writes that need one). */
export function callEndpoint(
  [method, path, body]: [string, string, unknown?],
  certificate: { file: Uint8Array },
) {
  const payload = body === 'certificate' ? certificate.file : body
  return api(path, { method, body: payload, headers: { 'If-Match': '*' } })
}
