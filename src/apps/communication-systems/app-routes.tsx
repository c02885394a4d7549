import { Route, Routes } from 'react-router'
import { AllChangesDialog, SystemChangesDialog } from './changes/changes-routes'
import { SystemListPage } from './list/system-list-page'
import { SystemObjectPage } from './object/system-object-page'
import { NewOutboundUserDialog, OutboundUserDialogRoute } from './user/outbound-user-route'

/**
 * The app's screens under `#/CommunicationSystem-maintain/`. Dialogs are child routes of the
 * list report or the object page, so each has its own URL (bookmarkable, Back closes it) while
 * the page and any unsaved edit on it stay mounted underneath. `changes` below the list is a
 * fixed segment: it wins over a system whose ID is "changes".
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<SystemListPage />}>
        <Route index element={null} />
        <Route path="changes" element={<AllChangesDialog />} />
      </Route>
      <Route path=":systemId" element={<SystemObjectPage />}>
        <Route path="outbound-users/new" element={<NewOutboundUserDialog />} />
        <Route path="outbound-users/:userId" element={<OutboundUserDialogRoute />} />
        <Route path="changes" element={<SystemChangesDialog />} />
      </Route>
    </Routes>
  )
}
