import { MessageStrip } from '@ui5/webcomponents-react'
import type { ReadinessReport } from '../../api/contracts/rotation'
import { useAppTexts } from './i18n/texts'
import { rowsWithWarning } from './readiness-figures'

/**
 * Users on a customer certificate: why the rotation leaves them alone, and the API's warning when
 * such a certificate expires soon (the default rotation will not renew it).
 */
export function CustomerCertificateStrips({ report }: { report: ReadinessReport }) {
  const t = useAppTexts()
  const notAffected = report.counts['Not affected'] ?? 0
  const warnings = rowsWithWarning(report)
  return (
    <>
      {notAffected > 0 && (
        <MessageStrip
          design="Information"
          hideCloseButton
          className="cockpit__strip"
          data-testid="not-affected-strip"
        >
          {t.count('strip.notAffected', notAffected)}
        </MessageStrip>
      )}
      {warnings.length > 0 && (
        <MessageStrip
          design="Critical"
          hideCloseButton
          className="cockpit__strip"
          data-testid="customer-certificate-warnings"
        >
          {t.count('strip.expiresSoon', warnings.length)}
          <ul className="cockpit__warnings">
            {warnings.map(({ row, warning }) => (
              <li key={`${row.systemId}/${row.userId}`}>
                {`${row.systemId} / ${row.userName}: ${warning.message}`}
              </li>
            ))}
          </ul>
        </MessageStrip>
      )}
    </>
  )
}
