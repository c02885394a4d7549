import { MessageStrip, ObjectPage, ObjectPageSection, Toast } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { CommunicationArrangement } from '../../../api/contracts/communication-arrangements'
import { ConfirmBox } from '../../../ui/confirm-box'
import { EditFooter } from '../../../ui/editing/edit-footer'
import { useAppTexts } from '../i18n/texts'
import { communicationArrangementsPath } from '../../../ui/links/app-links'
import {
  CommonData,
  InboundSection,
  OutboundSection,
  SystemSection,
  type SectionProps,
} from './arrangement-sections'
import { ArrangementHeader, ArrangementTitle } from './arrangement-title'
import { ProblemStrip } from './problem-strip'
import { OutboundServices } from './outbound-services'
import { useArrangementEdit } from './use-arrangement-edit'

/** The object page of one arrangement: SAP's sections, Edit/Save/Cancel, Delete with confirmation. */
export function ArrangementContent({ arrangement }: { arrangement: CommunicationArrangement }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const [toast, setToast] = useState<string>()
  const [confirming, setConfirming] = useState<'delete' | 'discard'>()
  const edit = useArrangementEdit(arrangement, {
    onSaved: () => setToast(t('object.saved')),
    onDeleted: () => navigate(communicationArrangementsPath(), { replace: true }),
  })

  const sectionProps: SectionProps = {
    arrangement,
    editing: edit.editing,
    draft: edit.draft,
    errors: edit.errors,
    onSystem: edit.setSystem,
    onOutboundUser: edit.setOutboundUser,
  }

  return (
    <>
      <ObjectPage
        style={{ height: '100%' }}
        titleArea={
          <ArrangementTitle
            arrangement={arrangement}
            editing={edit.editing}
            onEdit={edit.startEdit}
            onDelete={() => setConfirming('delete')}
          />
        }
        headerArea={
          <ArrangementHeader arrangement={arrangement}>
            {/* A refused Delete is said where Delete was pressed; edit mode says it in the footer. */}
            {!edit.editing && (
              <ProblemStrip problem={edit.problem} onReload={() => void edit.reload()} />
            )}
          </ArrangementHeader>
        }
        footerArea={
          edit.editing ? (
            <EditFooter
              saving={edit.saving}
              onSave={() => (edit.dirty ? edit.save() : edit.cancel())}
              onCancel={() => (edit.dirty ? setConfirming('discard') : edit.cancel())}
            >
              <ProblemStrip problem={edit.problem} onReload={() => void edit.reload()} />
            </EditFooter>
          ) : undefined
        }
      >
        <ObjectPageSection id="common-data" titleText={t('object.section.commonData')}>
          <CommonData arrangement={arrangement} />
        </ObjectPageSection>
        <ObjectPageSection id="communication-system" titleText={t('object.section.system')}>
          <SystemSection {...sectionProps} />
        </ObjectPageSection>
        <ObjectPageSection id="inbound" titleText={t('object.section.inbound')}>
          <InboundSection arrangement={arrangement} />
        </ObjectPageSection>
        <ObjectPageSection id="outbound" titleText={t('object.section.outbound')}>
          <OutboundSection {...sectionProps} />
        </ObjectPageSection>
        <ObjectPageSection id="outbound-services" titleText={t('object.section.services')}>
          {edit.errors.services && (
            <MessageStrip design="Negative" hideCloseButton role="alert">
              {edit.errors.services}
            </MessageStrip>
          )}
          <OutboundServices
            arrangement={arrangement}
            editing={edit.editing}
            draft={edit.draft}
            onActive={edit.setActive}
          />
        </ObjectPageSection>
      </ObjectPage>
      <ConfirmBox
        open={confirming === 'delete'}
        title={t('action.delete')}
        action={t('action.delete')}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined)
          edit.remove()
        }}
      >
        {t('object.deleteConfirm', arrangement.name)}
      </ConfirmBox>
      <ConfirmBox
        open={confirming === 'discard'}
        title={t('object.discard.title')}
        action={t('action.discard')}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined)
          edit.cancel()
        }}
      >
        {t('object.discard.text', arrangement.name)}
      </ConfirmBox>
      <Toast open={toast !== undefined} onClose={() => setToast(undefined)} duration={3000}>
        {toast}
      </Toast>
    </>
  )
}
