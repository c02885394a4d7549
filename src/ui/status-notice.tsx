import { MessageStrip } from '@ui5/webcomponents-react'

/** The outcome of a dialog's last action, in one line. */
export type Notice = { design: 'Positive' | 'Negative'; text: string }

/**
 * Where a dialog reports its last action. The status region stays mounted while the message comes
 * and goes, so that screen readers announce each new one.
 */
export function StatusNotice({
  notice,
  className,
  testId,
}: {
  notice: Notice | null
  className: string
  testId?: string
}) {
  return (
    <div role="status" className={className}>
      {notice && (
        <MessageStrip design={notice.design} hideCloseButton data-testid={testId}>
          {notice.text}
        </MessageStrip>
      )}
    </div>
  )
}
