import { arrangementNamesByUser } from '../../domain/arrangement-rules'
import type { ReadinessReport as ReportView } from '../../api/contracts/rotation'
import { indexLandscape } from '../../domain/landscape-index'
import { readinessReport } from '../../domain/readiness'
import type { RotationState } from '../../domain/types'
import { roleOf } from './certificate-view'
import { outcomeView, predictedView } from './connection-view'

/** The rotation readiness report: the overlap, counts per status, each user's outcomes in words. */
export function readinessView(state: RotationState): ReportView {
  const report = readinessReport(state)
  const index = indexLandscape(state)
  const arrangements = arrangementNamesByUser(state)
  return {
    today: report.today,
    phase: report.phase,
    issuanceDate: report.overlapWindow.issuanceDate,
    rotationDate: report.overlapWindow.rotationDate,
    counts: { ...report.counts },
    rows: report.rows.map((row) => ({
      systemId: row.systemId,
      systemName: row.systemName,
      userId: row.userId,
      userName: row.userName,
      host: row.host,
      certificateId: row.certificateId,
      certificateDescription: row.certificateDescription,
      certificateRole: roleOf(index.certificatesById.get(row.certificateId)),
      readiness: row.readiness,
      today: outcomeView(index, row.host, row.outcomeToday),
      afterRotation: predictedView(index, row.host, row.predicted),
      arrangements: arrangements.get(`${row.systemId}/${row.userId}`) ?? [],
      ...(row.warning
        ? {
            warning: {
              ...row.warning,
              message: `Certificate ${row.certificateDescription} (${row.certificateId}) expires on ${row.warning.date}, in ${row.warning.daysLeft} days. SAP's default rotation does not renew it: replace it (a new signing request) and upload the signed certificate before then.`,
            },
          }
        : {}),
    })),
  }
}
