import { useOutletContext } from 'react-router'
import type { CommunicationSystem } from '../../../api/contracts/communication-systems'

/** What the object page hands to the dialogs that are its child routes. */
export interface SystemOutletContext {
  system: CommunicationSystem
  /** This tab changed the system through a dialog: the page's edit follows the new version. */
  onSystemWritten: (previousVersion: number, system: CommunicationSystem) => void
  /** Closes the dialog: Back when the page opened it, else replace the URL with the page's. */
  closeDialog: () => void
}

export function useSystemOutlet() {
  return useOutletContext<SystemOutletContext>()
}
