import { useOutletContext } from 'react-router'
import { useSystemOutlet } from '../object/outlet-context'
import { ChangesDialog } from './changes-dialog'

/** What the list report hands to its dialog routes. */
export interface ListOutletContext {
  closeDialog: () => void
}

/** `…/changes` below the list report: every system's changes. */
export function AllChangesDialog() {
  const { closeDialog } = useOutletContext<ListOutletContext>()
  return <ChangesDialog onClose={closeDialog} />
}

/** `…/:systemId/changes` below the object page: that system's changes. */
export function SystemChangesDialog() {
  const { system, closeDialog } = useSystemOutlet()
  return <ChangesDialog systemId={system.systemId} onClose={closeDialog} />
}
