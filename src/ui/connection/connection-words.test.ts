import { afterEach, describe, expect, it } from 'vitest'
import type { ConnectionOutcome, PredictedOutcome } from '../../api/contracts/common'
import { setFormatLocale } from '../format'
import { loadTexts } from '../i18n/text-bundle'
import { connectionTexts } from './connection-texts'
import {
  commonName,
  connectionMessage,
  connectionStatusText,
  predictedMessage,
  trustModeText,
} from './connection-words'

const subject = { host: 'edi.example.com', certificate: 'Client Default' }
const root = 'CN=SAP Cloud Root CA (simulated), O=SAP SE, C=DE'
const outcome = (
  status: ConnectionOutcome['status'],
  reason: string,
  detail?: ConnectionOutcome['detail'],
): ConnectionOutcome =>
  ({
    status,
    reason,
    message: 'The API said so.',
    ...(detail ? { detail } : {}),
  }) as ConnectionOutcome

const predicted: PredictedOutcome = {
  status: 403,
  reason: 'certificate-not-trusted',
  message: '…',
  date: '2027-03-01',
  certificateId: 'default-2027-02-01',
  certificateDescription: 'Client Default',
  migrated: true,
}

afterEach(() => setFormatLocale('en-US'))

describe('connection words, English', () => {
  const t = loadTexts(connectionTexts, 'en')

  it('says the status and every reason with the facts it names', async () => {
    const en = await t
    expect(connectionStatusText(en, 401)).toBe('401 Unauthorized')
    expect(connectionStatusText(en, 'unreachable')).toBe('Not reachable')
    expect(connectionMessage(en, outcome(200, 'certificate-trusted'), subject)).toBe(
      'Connected: edi.example.com holds Client Default in its trust store.',
    )
    expect(connectionMessage(en, outcome(200, 'issuer-trusted', { subject: root }), subject)).toBe(
      'Connected: edi.example.com trusts SAP Cloud Root CA (simulated); Client Default chains to it.',
    )
    expect(connectionMessage(en, outcome(401, 'certificate-not-trusted'), subject)).toBe(
      'edi.example.com pins certificates and does not know Client Default (HTTP 401): upload Client Default to it in External Systems.',
    )
    expect(
      connectionMessage(en, outcome(403, 'issuer-not-trusted', { subject: root }), subject),
    ).toBe(
      'edi.example.com trusts issuers, but none that Client Default chains to (HTTP 403): upload SAP Cloud Root CA (simulated) from the SAP Trust Center to it.',
    )
    const broken = { subject: 'CN=Client CA', chainBreak: 'signature-invalid' } as const
    expect(connectionMessage(en, outcome(401, 'chain-broken', broken), subject)).toContain(
      'Client CA did not sign it',
    )
    expect(
      connectionMessage(
        en,
        outcome(401, 'chain-broken', { ...broken, chainBreak: 'issuer-not-found' }),
        subject,
      ),
    ).toContain('its issuer Client CA is unknown')
    const expiredCa = { subject: 'CN=Client CA', date: '2026-12-31' }
    expect(connectionMessage(en, outcome(401, 'issuer-expired', expiredCa), subject)).toBe(
      'Client CA, a CA in the chain of Client Default, expired on Dec 31, 2026 (edi.example.com answers HTTP 401).',
    )
    expect(
      connectionMessage(en, outcome(401, 'certificate-expired', { date: '2028-02-01' }), subject),
    ).toContain('Client Default expired on Feb 1, 2028')
    expect(connectionMessage(en, outcome(401, 'certificate-expired'), subject)).toContain(
      'expired on an earlier date',
    )
    expect(connectionMessage(en, outcome('unreachable', 'no-external-system'), subject)).toBe(
      'Nothing answers at edi.example.com: check the Host Name of the communication system.',
    )
  })

  it('falls back to the API sentence for a reason it does not know', async () => {
    expect(connectionMessage(await t, outcome(403, 'certificate-revoked'), subject)).toBe(
      'The API said so.',
    )
  })

  it('names the migration, and the default not issued yet', async () => {
    const en = await t
    expect(predictedMessage(en, predicted, 'edi.example.com')).toBe(
      'On Mar 1, 2027 SAP moves this user to Client Default. edi.example.com pins certificates and does not know Client Default (HTTP 403): upload Client Default to it in External Systems.',
    )
    const notIssued: PredictedOutcome = {
      ...predicted,
      reason: 'certificate-not-issued-yet',
      issuedOn: '2027-02-01',
      detail: { date: '2027-02-01' },
    }
    expect(predictedMessage(en, notIssued, 'edi.example.com')).toBe(
      'On Mar 1, 2027 SAP moves this user to the Client Default it issues on Feb 1, 2027. edi.example.com pins certificates and cannot know a certificate SAP issues only on Feb 1, 2027 (HTTP 403): export and upload it then, or have edi.example.com trust the SAP Cloud Root CA.',
    )
    expect(trustModeText(en, 'TrustedIssuer')).toBe('Trusted Issuer')
  })
})

describe('connection words, German', () => {
  it('follows the language and its date format', async () => {
    setFormatLocale('de-DE')
    const de = await loadTexts(connectionTexts, 'de')
    expect(connectionStatusText(de, 'unreachable')).toBe('Nicht erreichbar')
    expect(connectionMessage(de, outcome(200, 'issuer-trusted', { subject: root }), subject)).toBe(
      'Verbunden: edi.example.com vertraut SAP Cloud Root CA (simulated); Client Default ist davon ausgestellt.',
    )
    expect(predictedMessage(de, predicted, 'edi.example.com')).toContain('Am 01.03.2027 stellt SAP')
  })
})

describe('commonName', () => {
  it('reads the CN of a distinguished name, escaped commas included', () => {
    expect(commonName(root)).toBe('SAP Cloud Root CA (simulated)')
    expect(commonName('O=Example, CN=Doe\\, Jane')).toBe('Doe, Jane')
    expect(commonName('O=No Common Name')).toBe('O=No Common Name')
  })
})
