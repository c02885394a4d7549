import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, MessageStrip, Text } from '@ui5/webcomponents-react'
import type { ExternalSystem, TrustedCertificate } from '../../api/contracts/external-systems'
import { queryKeys } from '../../api/query-keys'
import { removeTrustedCertificate } from '../../api/external-systems'
import { readinessQuery } from '../../api/rotation'
import { useAppTexts } from './i18n/texts'

/** Confirms a removal; warns when a user still presents this certificate here (its connection would fail). */
export function RemoveDialog({
  system,
  certificate,
  onClose,
}: {
  system: ExternalSystem
  certificate: TrustedCertificate
  onClose: () => void
}) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const { data: readiness } = useQuery(readinessQuery())
  const presenting = (readiness?.rows ?? []).filter(
    (row) => row.host === system.host && row.certificateId === certificate.matches?.id,
  )
  const remove = useMutation({
    mutationFn: () => removeTrustedCertificate(system.host, certificate.fingerprintSha256),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onClose()
    },
  })
  return (
    <Dialog
      open
      headerText={t('remove.title')}
      state={presenting.length > 0 ? 'Critical' : 'None'}
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Emphasized"
                disabled={remove.isPending}
                onClick={() => remove.mutate()}
              >
                {t('remove.remove')}
              </Button>
              <Button onClick={onClose}>{t('remove.cancel')}</Button>
            </>
          }
        />
      }
    >
      <Text>
        {t(
          'remove.text',
          system.host,
          certificate.matches?.description ?? certificate.subject,
          certificate.serialNumber,
        )}
      </Text>
      {presenting.length > 0 && (
        <MessageStrip design="Critical" hideCloseButton data-testid="remove-warning">
          {t.count(
            'remove.warning',
            presenting.length,
            presenting
              .map((row) => t('remove.userOfSystem', row.userName, row.systemId))
              .join(', '),
            String(system.rejectionCode),
          )}
        </MessageStrip>
      )}
      {remove.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {remove.error.message}
        </MessageStrip>
      )}
    </Dialog>
  )
}
