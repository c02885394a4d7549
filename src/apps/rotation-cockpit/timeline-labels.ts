import type { Clock } from '../../api/contracts/clock'
import type { ClientCertificateSummary } from '../../api/contracts/client-certificates'
import { formatDate } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'
import { phaseLabel } from '../../ui/words/readiness-words'

type Bar = Pick<ClientCertificateSummary, 'description' | 'validFrom' | 'validTo' | 'removalDate'>

/** The words on a certificate's bar: "valid Feb 1, 2027 – Feb 1, 2028". */
export function barLabel(t: Texts, certificate: Bar): string {
  return t('timeline.valid', formatDate(certificate.validFrom), formatDate(certificate.validTo))
}

/** The labels of the issuance, rotation and today lines. */
export function markerLabels(
  t: Texts,
  clock: Pick<Clock, 'today' | 'overlap'>,
): { issuance: string; rotation: string; today: string } {
  return {
    issuance: t('timeline.issuance', formatDate(clock.overlap.issuanceDate)),
    rotation: t('timeline.rotation', formatDate(clock.overlap.rotationDate)),
    today: t('timeline.today', formatDate(clock.today)),
  }
}

/** The picture in words, for its text alternative and caption. */
export function timelineDescription(
  t: Texts,
  /** The shared words (src/ui/words): the phase reads as everywhere else. */
  ui: Texts,
  clock: Pick<Clock, 'today' | 'phase' | 'overlap'>,
  bars: readonly Bar[],
): string {
  const { issuanceDate, rotationDate } = clock.overlap
  return [
    t('timeline.description.today', formatDate(clock.today), phaseLabel(ui, clock.phase)),
    t(
      clock.phase === 'Overlap'
        ? 'timeline.description.issued'
        : 'timeline.description.nextIssuance',
      formatDate(issuanceDate),
      formatDate(rotationDate),
    ),
    ...bars.map((certificate) => barText(t, certificate)),
  ].join(' ')
}

function barText(t: Texts, certificate: Bar): string {
  const dates = [formatDate(certificate.validFrom), formatDate(certificate.validTo)]
  return certificate.removalDate
    ? t(
        'timeline.description.certificateRemoved',
        certificate.description,
        ...dates,
        formatDate(certificate.removalDate),
      )
    : t('timeline.description.certificate', certificate.description, ...dates)
}
