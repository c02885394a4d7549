import { describe, expect, it } from 'vitest'
import type { UploadResult } from '../../api/contracts/external-systems'
import { loadTexts } from '../../ui/i18n/text-bundle'
import { capacityText, rejectionText, trustModeHelp, uploadHelp } from './capacity-text'
import { appTexts } from './i18n/texts'
import { uploadOutcome } from './upload-outcome'

const trusted = (fingerprintSha256: string, description?: string) => ({
  fingerprintSha256,
  subject: `CN=${fingerprintSha256}`,
  serialNumber: '01',
  validFrom: '2027-02-01',
  validTo: '2028-02-01',
  uploadedOn: '2027-02-02',
  isCa: false,
  ...(description ? { matches: { id: description, description, removed: false } } : {}),
})

const result = (over: Partial<UploadResult>): UploadResult => ({
  externalSystem: {
    host: 'api.successfactors.example.com',
    trustMode: 'PinnedCertificate',
    capacity: 'single',
    rejectionCode: 403,
    trustStore: [trusted('AA', 'Client Default')],
    connectionLog: [],
    systems: [],
    acceptsClientDefault: true,
  },
  trusted: ['AA'],
  skippedCaCertificates: [],
  replaced: [],
  ...over,
})

describe('uploadOutcome', () => {
  it('names what is trusted now, and counts what was replaced or skipped', async () => {
    const t = await loadTexts(appTexts, 'en')
    expect(uploadOutcome(t, result({ replaced: ['BB'] }))).toBe(
      'Now trusted: Client Default. Replaced: 1 certificate.',
    )
    expect(uploadOutcome(t, result({ trusted: [], skippedCaCertificates: ['C1', 'C2'] }))).toBe(
      'Now trusted: nothing new (already trusted). Skipped 2 CA certificate(s) of the chain.',
    )
  })

  it('names a trusted CA certificate by its common name, apart from client certificates', async () => {
    const t = await loadTexts(appTexts, 'en')
    const root = {
      ...trusted('RR'),
      subject: 'CN=SAP Cloud Root CA (simulated), O=SAP SE, C=DE',
      isCa: true,
    }
    const issuer = (over: Partial<UploadResult>) =>
      result({
        externalSystem: {
          ...result({}).externalSystem,
          trustMode: 'TrustedIssuer',
          trustStore: [trusted('AA', 'Client Default'), root],
        },
        ...over,
      })
    expect(uploadOutcome(t, issuer({ trusted: ['RR'] }))).toBe(
      'Now trusted as issuer: CA certificate SAP Cloud Root CA (simulated). Every client certificate that chains to it is accepted.',
    )
    expect(uploadOutcome(t, issuer({ trusted: ['AA', 'RR'] }))).toBe(
      'Now trusted: Client Default. Now trusted as issuer: CA certificate SAP Cloud Root CA (simulated). Every client certificate that chains to it is accepted.',
    )
    const de = await loadTexts(appTexts, 'de')
    expect(uploadOutcome(de, issuer({ trusted: ['RR'] }))).toBe(
      'Jetzt als Aussteller vertrauenswürdig: CA-Zertifikat SAP Cloud Root CA (simulated). Jedes Clientzertifikat, dessen Kette zu ihm führt, wird akzeptiert.',
    )
  })

  it('says it in German; certificate descriptions stay as maintained', async () => {
    const t = await loadTexts(appTexts, 'de')
    expect(
      uploadOutcome(t, result({ replaced: ['BB', 'CC'], skippedCaCertificates: ['C1'] })),
    ).toBe(
      'Jetzt vertrauenswürdig: Client Default. Ersetzt: 2 Zertifikate. 1 CA-Zertifikat der Kette übersprungen.',
    )
  })
})

it.each([
  ['capacity', capacityText],
  ['rejection code', rejectionText],
  ['trust mode hint', trustModeHelp],
  ['upload hint', uploadHelp],
] as const)('every %s has a text', (_, keys) => {
  for (const key of Object.values(keys)) expect(appTexts.english).toHaveProperty([key])
})
