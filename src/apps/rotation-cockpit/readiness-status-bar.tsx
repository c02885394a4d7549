import { IllustratedMessage, MessageStrip, ObjectStatus } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/SuccessScreen.js'
import type { ReadinessReport } from '../../api/contracts/rotation'
import { formatDate, formatNumber } from '../../ui/format'
import { CustomerCertificateStrips } from './customer-certificate-strips'
import { useAppTexts } from './i18n/texts'
import { everyUserDone } from './readiness-figures'
import { readinessOrder, readinessState, useReadinessWords } from '../../ui/words/readiness-words'

/** Counts per readiness, and what they mean now: work left, breakage, or nothing left to do. */
export function ReadinessStatusBar({ report }: { report: ReadinessReport }) {
  const t = useAppTexts()
  const words = useReadinessWords()
  const present = readinessOrder.filter((status) => (report.counts[status] ?? 0) > 0)
  const allDone = everyUserDone(report)
  const broken = report.counts.Broken ?? 0
  return (
    <div>
      <div className="cockpit__counts" role="list" aria-label={t('counts.label')}>
        {present.map((status) => (
          <span role="listitem" key={status} data-testid={`count-${status}`}>
            <ObjectStatus state={readinessState[status]} showDefaultIcon>
              {t('counts.item', words.readiness(status), formatNumber(report.counts[status] ?? 0))}
            </ObjectStatus>
          </span>
        ))}
      </div>
      {broken > 0 && (
        <MessageStrip design="Negative" hideCloseButton className="cockpit__strip">
          {t.count('strip.broken', broken)}
        </MessageStrip>
      )}
      {report.phase === 'Overlap' && !allDone && broken === 0 && (
        <MessageStrip design="Critical" hideCloseButton className="cockpit__strip">
          {t('strip.overlap', formatDate(report.issuanceDate), formatDate(report.rotationDate))}
        </MessageStrip>
      )}
      <CustomerCertificateStrips report={report} />
      {allDone && (
        <IllustratedMessage
          name="SuccessScreen"
          design="Dialog"
          titleText={t('allDone.title')}
          subtitleText={t('allDone.subtitle', formatDate(report.rotationDate))}
        />
      )}
    </div>
  )
}
