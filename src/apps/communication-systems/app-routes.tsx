import { Route, Routes } from 'react-router'
import { ChangesDialog } from './changes/changes-dialog'
import { SystemListPage } from './list/system-list-page'
import { SystemObjectPage } from './object/system-object-page'
import { NewOutboundUserDialog, OutboundUserDialogRoute } from './user/outbound-user-route'

/**
 * The app's screens under `#/CommunicationSystem-maintain/`. Dialogs are child routes of the
 * object page, so each has its own URL (bookmarkable, Back closes it) while the page and any
 * unsaved edit on it stay mounted underneath.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<SystemListPage />} />
      <Route path=":systemId" element={<SystemObjectPage />}>
        <Route path="outbound-users/new" element={<NewOutboundUserDialog />} />
        <Route path="outbound-users/:userId" element={<OutboundUserDialogRoute />} />
        <Route path="changes" element={<ChangesDialog />} />
      </Route>
    </Routes>
  )
}
