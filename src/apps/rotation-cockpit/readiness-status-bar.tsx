import { IllustratedMessage, MessageStrip, ObjectStatus } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/SuccessScreen.js'
import type { ReadinessReport } from '../../api/contracts/rotation'
import { formatDate } from '../../ui/format'
import { readinessOrder, readinessState } from './readiness-state'

/** Counts per readiness, and what they mean now: work left, breakage, or nothing left to do. */
export function ReadinessStatusBar({ report }: { report: ReadinessReport }) {
  const present = readinessOrder.filter((status) => (report.counts[status] ?? 0) > 0)
  const allDone =
    report.phase === 'Overlap' &&
    report.rows.length > 0 &&
    report.rows.every((row) => row.readiness === 'Done')
  const broken = report.counts.Broken ?? 0
  return (
    <div>
      <div className="cockpit__counts" role="list" aria-label="Users per readiness">
        {present.map((status) => (
          <span role="listitem" key={status} data-testid={`count-${status}`}>
            <ObjectStatus state={readinessState[status]} showDefaultIcon>
              {`${status}: ${report.counts[status] ?? 0}`}
            </ObjectStatus>
          </span>
        ))}
      </div>
      {broken > 0 && (
        <MessageStrip design="Negative" hideCloseButton className="cockpit__strip">
          {broken === 1 ? '1 connection fails today' : `${broken} connections fail today`}: the
          external system answers 401 or 403. Upload Client Default to its trust store, or check
          which certificate the user presents.
        </MessageStrip>
      )}
      {report.phase === 'Overlap' && !allDone && broken === 0 && (
        <MessageStrip design="Critical" hideCloseButton className="cockpit__strip">
          A new Client Default was issued on {formatDate(report.issuanceDate)}. Upload it to each
          external system and switch your users before {formatDate(report.rotationDate)}.
        </MessageStrip>
      )}
      {allDone && (
        <IllustratedMessage
          name="SuccessScreen"
          design="Dialog"
          titleText="Every user is ready for the rotation"
          subtitleText={`All external systems trust Client Default and every user presents it. Nothing will break on ${formatDate(report.rotationDate)}.`}
        />
      )}
    </div>
  )
}
