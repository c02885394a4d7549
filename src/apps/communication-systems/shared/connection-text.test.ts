import { afterEach, describe, expect, it } from 'vitest'
import type { PredictedOutcome } from '../../../api/contracts/common'
import { setFormatLocale } from '../../../ui/format'
import { loadTexts } from '../../../ui/i18n/text-bundle'
import { appTexts } from '../i18n/texts'
import { connectionMessage, connectionStatusText, predictedMessage } from './connection-text'

const subject = {
  host: 'edi.example.com',
  certificateId: 'cert-2',
  certificateDescription: 'Client Default',
}
const certificates = [{ id: 'cert-2', validFrom: '2027-02-01', validTo: '2028-02-01' }]
const outcome = (
  status: 200 | 401 | 403 | 'unreachable',
  reason: string,
  message = 'The API said so.',
) => ({ status, reason, message }) as Parameters<typeof connectionMessage>[1]

const predicted: PredictedOutcome = {
  status: 403,
  reason: 'certificate-not-trusted',
  message: 'On 2027-03-01 SAP moves this user to Client Default. Certificate not trusted …',
  date: '2027-03-01',
  certificateId: 'cert-2',
  certificateDescription: 'Client Default',
  migrated: true,
}

afterEach(() => setFormatLocale('en-US'))

describe('connection results in English', () => {
  it("say the API's reasons in the API's words, dates formatted", async () => {
    const t = await loadTexts(appTexts, 'en')
    expect(connectionStatusText(t, 401)).toBe('401 Unauthorized')
    expect(connectionStatusText(t, 'unreachable')).toBe('Not reachable')
    expect(connectionMessage(t, outcome(200, 'ok'), subject)).toBe(
      'Connected: edi.example.com trusts Client Default.',
    )
    expect(connectionMessage(t, outcome(401, 'certificate-not-trusted'), subject)).toBe(
      'Certificate not trusted by edi.example.com (HTTP 401): upload Client Default to it in External Systems.',
    )
    expect(connectionMessage(t, outcome(401, 'certificate-expired'), subject, certificates)).toBe(
      'Client Default expired on Feb 1, 2028 (edi.example.com answers HTTP 401): choose a valid Client Certificate for this user.',
    )
    expect(connectionMessage(t, outcome(401, 'certificate-expired'), subject)).toBe(
      'Client Default expired on an earlier date (edi.example.com answers HTTP 401): choose a valid Client Certificate for this user.',
    )
    expect(
      connectionMessage(t, outcome(403, 'certificate-not-yet-valid'), subject, certificates),
    ).toBe(
      'Client Default is valid only from Feb 1, 2027 (edi.example.com answers HTTP 403): choose a certificate that is valid today.',
    )
    expect(
      connectionMessage(t, outcome(401, 'certificate-unknown'), {
        ...subject,
        certificateDescription: '',
      }),
    ).toBe(
      'Certificate cert-2 no longer exists (edi.example.com answers HTTP 401): choose another Client Certificate for this user.',
    )
    expect(connectionMessage(t, outcome('unreachable', 'no-external-system'), subject)).toBe(
      'Nothing answers at edi.example.com: check the Host Name of the communication system.',
    )
    expect(predictedMessage(t, predicted, 'edi.example.com')).toBe(
      'On Mar 1, 2027 SAP moves this user to Client Default. Certificate not trusted by edi.example.com (HTTP 403): upload Client Default to it in External Systems.',
    )
  })

  it("keep the API's sentence for a reason code the screen does not know", async () => {
    const t = await loadTexts(appTexts, 'en')
    expect(connectionMessage(t, outcome(403, 'certificate-revoked', 'Revoked.'), subject)).toBe(
      'Revoked.',
    )
    expect(
      predictedMessage(
        t,
        { ...predicted, reason: 'certificate-revoked' } as unknown as PredictedOutcome,
        'edi.example.com',
      ),
    ).toBe(predicted.message)
  })
})

describe('connection results in German', () => {
  it('are said from the reason code, with German dates', async () => {
    const t = await loadTexts(appTexts, 'de')
    setFormatLocale('de-DE')
    expect(connectionStatusText(t, 'unreachable')).toBe('Nicht erreichbar')
    expect(connectionMessage(t, outcome(200, 'ok'), subject)).toBe(
      'Verbunden: edi.example.com vertraut Client Default.',
    )
    expect(predictedMessage(t, predicted, 'edi.example.com')).toBe(
      'Am 01.03.2027 stellt SAP diesen Benutzer auf Client Default um. Zertifikat wird von edi.example.com nicht vertraut (HTTP 403): Laden Sie Client Default in „Externe Systeme“ dorthin hoch.',
    )
  })
})
