import { Link, MessageStrip } from '@ui5/webcomponents-react'

/**
 * Says plainly that the list is narrowed to one certificate: a deep link from Maintain Client
 * Certificates lands here, and the user must see why systems are missing and how to see all.
 */
export function CertificateFilterStrip({
  description,
  onClear,
}: {
  description: string | undefined
  onClear: () => void
}) {
  return (
    <MessageStrip design="Information" onClose={onClear} role="status">
      {`Showing systems that use ${description ?? 'the selected client certificate'}. `}
      <Link onClick={onClear}>Show All Systems</Link>
    </MessageStrip>
  )
}
