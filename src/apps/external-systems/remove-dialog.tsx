import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, MessageStrip, Text } from '@ui5/webcomponents-react'
import type { ExternalSystem, TrustedCertificate } from '../../api/contracts/external-systems'
import { queryKeys } from '../../api/query-keys'
import { removeTrustedCertificate } from '../../api/external-systems'
import type { ReadinessRow } from '../../api/contracts/rotation'
import { readinessQuery } from '../../api/rotation'
import { useAppTexts } from './i18n/texts'

/** Confirms a removal; warns when a user's connection here stands on this certificate (it would fail). */
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
    (row) => row.host === system.host && reliesOn(row, certificate),
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
            certificate.isCa ? 'remove.warningCa' : 'remove.warning',
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

/**
 * Whether a user's connection stands on this entry: it presents this very certificate, or the API
 * says it is (or will be after the rotation) accepted because it chains to this CA.
 */
function reliesOn(row: ReadinessRow, certificate: TrustedCertificate): boolean {
  if (!certificate.isCa) return row.certificateId === certificate.matches?.id
  return [row.today, row.afterRotation].some(
    (outcome) =>
      outcome.reason === 'issuer-trusted' && outcome.detail?.subject === certificate.subject,
  )
}
