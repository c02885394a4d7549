import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { pendingLinkQuery } from '../../api/checkpoints'

// Lazy: a link that would replace saved work is rare; the dialog's code loads when one does.
const LinkConfirmationDialog = lazy(() =>
  import('./link-confirmation-dialog').then((m) => ({ default: m.LinkConfirmationDialog })),
)

/**
 * Asks before a `?scenario=`/`?date=` link replaces saved work: the backend holds such a link back
 * (docs/demos.md, "Links and saved work") until the user answers here.
 */
export function LinkConfirmation() {
  const { data } = useQuery(pendingLinkQuery())
  const pending = data?.pending
  return pending ? (
    <Suspense>
      <LinkConfirmationDialog link={pending} />
    </Suspense>
  ) : null
}
