import { afterEach, describe, expect, it } from 'vitest'
import { setFormatLocale } from '../../ui/format'
import { loadTexts } from '../../ui/i18n/text-bundle'
import { appTexts } from './i18n/texts'
import {
  outcomeReason,
  outcomeText,
  phaseText,
  predictedReason,
  readinessText,
} from './readiness-state'

afterEach(() => setFormatLocale('en-US'))

describe('labels of the API’s enumerations', () => {
  it.each([
    ['readiness', readinessText],
    ['phase', phaseText],
  ] as const)('every %s has a text', (_, keys) => {
    for (const key of Object.values(keys)) expect(appTexts.english).toHaveProperty([key])
  })

  it('reads readiness and outcomes in English and German', async () => {
    const en = await loadTexts(appTexts, 'en')
    const de = await loadTexts(appTexts, 'de')
    expect(en(readinessText['Upload pending'])).toBe('Upload pending')
    expect(de(readinessText['Upload pending'])).toBe('Hochladen ausstehend')
    expect(de(phaseText.Overlap)).toBe('Überlappung')
    expect(en(phaseText.Stable)).toBe('Stable')
    expect(outcomeText(en, { status: 403 })).toBe('403 Forbidden')
    expect(outcomeText(de, { status: 'unreachable' })).toBe('Nicht erreichbar')
  })
})

describe('reasons', () => {
  const outcome = {
    status: 401,
    reason: 'certificate-not-trusted',
    message: 'ignored: the UI says it in its own words',
    date: '2027-03-01',
    certificateId: 'default-2027-02-01',
    certificateDescription: 'Client Default',
    migrated: true,
  } as const

  it('says why, with what to do, from the reason code', async () => {
    const en = await loadTexts(appTexts, 'en')
    expect(outcomeReason(en, outcome, 'ariba.example.net', 'Client Default Expiring')).toBe(
      'Certificate not trusted by ariba.example.net (HTTP 401): upload Client Default Expiring to it in External Systems.',
    )
    expect(predictedReason(en, outcome, 'ariba.example.net')).toBe(
      'On Mar 1, 2027 SAP moves this user to Client Default. Certificate not trusted by ariba.example.net (HTTP 401): upload Client Default to it in External Systems.',
    )
  })

  it('says it in German, with a German date', async () => {
    setFormatLocale('de-DE')
    const de = await loadTexts(appTexts, 'de')
    expect(predictedReason(de, outcome, 'ariba.example.net')).toBe(
      'Am 01.03.2027 stellt SAP diesen Benutzer auf Client Default um. ariba.example.net vertraut dem Zertifikat nicht (HTTP 401): Laden Sie Client Default unter „Externe Systeme“ dort hoch.',
    )
  })
})
