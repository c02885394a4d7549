import { ObjectPage, ObjectPageSection, Toast } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import { ConfirmBox } from '../../../ui/confirm-box'
import { EditFooter } from '../../../ui/editing/edit-footer'
import { SaveProblemStrip } from '../../../ui/editing/save-problem-strip'
import { clientCertificatesPath } from '../../../ui/links/app-links'
import { UploadSignedDialog } from '../dialogs/upload-signed-dialog'
import { useAppTexts } from '../i18n/texts'
import { ArrangementUsageTable } from './arrangement-usage-table'
import { availableActions, certificateActions, type CertificateAction } from './certificate-actions'
import { certificateHeader, certificateTitle } from './certificate-header'
import { ExportDialog } from './export-dialog'
import { GeneralInformation } from './general-information'
import { PendingRequestStrip } from './pending-request-strip'
import { useCertificateCommands } from './use-certificate-commands'
import { useCertificateEdit } from './use-certificate-edit'
import { ValiditySection } from './validity-section'
import { WhereUsedTable } from './where-used-table'

type Dialog = 'export' | 'uploadSigned' | 'replace' | 'delete'

/** The object page of one client certificate: header, actions, details, validity, where-used. */
export function CertificateContent({ certificate }: { certificate: ClientCertificate }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const [dialog, setDialog] = useState<Dialog>()
  const [toast, setToast] = useState<string>()
  const edit = useCertificateEdit(certificate, () => setToast(t('object.saved')))
  const commands = useCertificateCommands(certificate, {
    onReplaced: () => setToast(t('replace.done')),
    onDeleted: () => navigate(clientCertificatesPath(), { replace: true }),
  })

  function act(action: CertificateAction) {
    commands.clearProblem()
    if (action === 'edit') edit.startEdit()
    else if (action === 'downloadRequest') commands.downloadRequest()
    else setDialog(action)
  }
  const confirmed = (command: () => void) => () => {
    setDialog(undefined)
    command()
  }
  const problem =
    edit.problem?.kind === 'conflict' ? (
      <SaveProblemStrip text={t('object.conflict')} onReload={() => void edit.reload()} />
    ) : (
      <SaveProblemStrip
        text={edit.problem ? t('object.notSaved', edit.problem.reason) : undefined}
      />
    )

  return (
    <>
      <ObjectPage
        className="client-certificates__page"
        titleArea={certificateTitle(
          t,
          certificate,
          edit.editing ? undefined : certificateActions(t, availableActions(certificate), act),
        )}
        headerArea={certificateHeader(t, certificate)}
        footerArea={
          edit.editing ? (
            <EditFooter saving={edit.saving} onSave={edit.save} onCancel={edit.cancel}>
              {problem}
            </EditFooter>
          ) : undefined
        }
      >
        <ObjectPageSection id="general-information" titleText={t('objectPage.section.general')}>
          <SaveProblemStrip text={commands.problem} />
          <PendingRequestStrip certificate={certificate} />
          <GeneralInformation
            certificate={certificate}
            edit={edit.editing ? { ...edit, onEdit: edit.edit } : undefined}
          />
        </ObjectPageSection>
        {certificate.validFrom !== undefined && (
          <ObjectPageSection id="validity" titleText={t('objectPage.section.validity')}>
            <ValiditySection certificate={certificate} />
          </ObjectPageSection>
        )}
        <ObjectPageSection
          id="communication-systems"
          titleText={t('objectPage.section.communicationSystems')}
        >
          <WhereUsedTable usage={certificate.usage} />
        </ObjectPageSection>
        <ObjectPageSection
          id="communication-arrangements"
          titleText={t('objectPage.section.communicationArrangements')}
        >
          <ArrangementUsageTable usage={certificate.arrangementUsage} />
        </ObjectPageSection>
      </ObjectPage>
      <ExportDialog
        certificate={certificate}
        open={dialog === 'export'}
        onClose={() => setDialog(undefined)}
      />
      <UploadSignedDialog
        certificate={certificate}
        open={dialog === 'uploadSigned'}
        onClose={() => setDialog(undefined)}
        onUploaded={() => setToast(t('upload.done'))}
      />
      <ConfirmBox
        open={dialog === 'replace'}
        title={t('replace.title')}
        action={t('action.replace')}
        onCancel={() => setDialog(undefined)}
        onConfirm={confirmed(commands.replace)}
      >
        {t('replace.text', certificate.description)}
      </ConfirmBox>
      <ConfirmBox
        open={dialog === 'delete'}
        title={t('action.delete')}
        action={t('action.delete')}
        onCancel={() => setDialog(undefined)}
        onConfirm={confirmed(commands.remove)}
      >
        {t('object.deleteConfirm', certificate.description)}
      </ConfirmBox>
      <Toast open={toast !== undefined} onClose={() => setToast(undefined)} duration={3000}>
        {toast}
      </Toast>
    </>
  )
}
