import { useQueryClient } from '@tanstack/react-query'
import { ObjectPage, ObjectPageSection } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router'
import { SystemArrangementsList } from './system-arrangements-list'
import type { CommunicationSystem } from '../../../api/contracts/communication-systems'
import { useAppTexts } from '../i18n/texts'
import { ConfirmBox } from '../../../ui/confirm-box'
import { EditFooter } from '../../../ui/editing/edit-footer'
import { useToast } from '../shared/use-toast'
import { changesPath, newOutboundUserPath, outboundUserPath, systemPath } from '../paths'
import { communicationSystemQuery } from '../../../api/communication-systems'
import { InboundUsersList } from './inbound-users-list'
import type { SystemOutletContext } from './outlet-context'
import { OutboundUsersTable } from './outbound-users-table'
import { SystemHeader, SystemTitle } from './system-header'
import { SystemSaveProblemStrip } from './system-save-problem-strip'
import { GeneralDataForm, TechnicalDataForm } from './system-fields'
import { useDialogNavigation } from './use-dialog-navigation'
import { useSaveSystem } from './use-save-system'
import { useSystemDraft } from './use-system-draft'
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard'

/** The object page of one system: header, four sections, Edit/Save/Cancel, dialogs as child routes. */
export function SystemObjectPageContent({ system }: { system: CommunicationSystem }) {
  const t = useAppTexts()
  const pagePath = systemPath(system.systemId)
  const navigate = useNavigate()
  const location = useLocation()
  const [searchParams] = useSearchParams()
  const editing = searchParams.get('mode') === 'edit'
  const queryClient = useQueryClient()
  const draft = useSystemDraft(system)
  const { blocker, allowNextNavigation } = useUnsavedChangesGuard(draft.dirty, pagePath)
  const dialogs = useDialogNavigation(pagePath)
  const { toast, show } = useToast()
  const [confirmingCancel, setConfirmingCancel] = useState(false)

  function leaveEditMode() {
    allowNextNavigation()
    draft.discard()
    const next = new URLSearchParams(location.search)
    next.delete('mode')
    navigate({ pathname: location.pathname, search: next.toString() }, { replace: true })
  }

  const saving = useSaveSystem(system.systemId, draft, () => {
    leaveEditMode()
    show(t('object.saved'))
  })

  function cancelEdit() {
    saving.reset()
    leaveEditMode()
  }

  async function reload() {
    await queryClient.refetchQueries({
      queryKey: communicationSystemQuery(system.systemId).queryKey,
      exact: true,
    })
    draft.discard()
    saving.reset()
  }

  const outletContext: SystemOutletContext = {
    system,
    closeDialog: dialogs.closeDialog,
    onSystemWritten: (previousVersion, written) => {
      queryClient.setQueryData(communicationSystemQuery(system.systemId).queryKey, written)
      draft.followOwnWrite(previousVersion, written.version)
    },
  }
  const sectionProps = {
    system,
    draft,
    editing,
    errors: saving.errors,
    onEdited: saving.clearError,
  }

  return (
    <>
      <ObjectPage
        style={{ height: '100%' }}
        titleArea={
          <SystemTitle
            system={system}
            editing={editing}
            onEdit={() => navigate({ pathname: location.pathname, search: 'mode=edit' })}
            onDisplayChanges={() => dialogs.openDialog(changesPath(system.systemId))}
          />
        }
        headerArea={<SystemHeader system={system} />}
        footerArea={
          editing ? (
            <EditFooter
              saving={saving.saving}
              onSave={() => (draft.dirty ? saving.save() : cancelEdit())}
              onCancel={() => (draft.dirty ? setConfirmingCancel(true) : cancelEdit())}
            >
              <SystemSaveProblemStrip problem={saving.problem} onReload={() => void reload()} />
            </EditFooter>
          ) : undefined
        }
      >
        <ObjectPageSection id="general-data" titleText={t('object.section.generalData')}>
          <GeneralDataForm {...sectionProps} />
        </ObjectPageSection>
        <ObjectPageSection id="technical-data" titleText={t('object.section.technicalData')}>
          <TechnicalDataForm {...sectionProps} />
        </ObjectPageSection>
        <ObjectPageSection id="inbound-users" titleText={t('object.section.inboundUsers')}>
          <InboundUsersList system={system} />
        </ObjectPageSection>
        <ObjectPageSection id="outbound-users" titleText={t('object.section.outboundUsers')}>
          <OutboundUsersTable
            system={system}
            onOpen={(userId) => dialogs.openDialog(outboundUserPath(system.systemId, userId))}
            onAdd={() => dialogs.openDialog(newOutboundUserPath(system.systemId))}
          />
        </ObjectPageSection>
        <ObjectPageSection id="arrangements" titleText={t('object.section.arrangements')}>
          <SystemArrangementsList systemId={system.systemId} />
        </ObjectPageSection>
      </ObjectPage>
      <Outlet context={outletContext} />
      <ConfirmBox
        open={blocker.state === 'blocked' || confirmingCancel}
        title={t('object.discard.title')}
        action={t('action.discard')}
        onConfirm={() => {
          setConfirmingCancel(false)
          if (blocker.state === 'blocked') {
            draft.discard()
            blocker.proceed()
          } else cancelEdit()
        }}
        onCancel={() => {
          setConfirmingCancel(false)
          if (blocker.state === 'blocked') blocker.reset()
        }}
      >
        {t('object.discard.text', system.systemId)}
      </ConfirmBox>
      {toast}
    </>
  )
}
