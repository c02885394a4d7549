import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import {
  clientCertificateMutations,
  clientCertificateQuery,
  downloadSigningRequest,
} from '../../../api/client-certificates'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import { saveFile } from '../../../ui/save-file'
import { useAppTexts } from '../i18n/texts'

/**
 * Download Signing Request, Replace and Delete of one customer certificate. A refusal is the API's
 * sentence (a Delete refused while users present it names them), said in the page's header.
 */
export function useCertificateCommands(
  certificate: ClientCertificate,
  { onReplaced, onDeleted }: { onReplaced: () => void; onDeleted: () => void },
) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const [problem, setProblem] = useState<string>()
  const failed = (key: string) => (error: Error) => setProblem(t(key, error.message))

  const download = useMutation({
    mutationFn: () => downloadSigningRequest(certificate.id),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName ?? `${certificate.id}.csr.pem`),
    onError: failed('request.downloadFailed'),
  })
  const replace = useMutation(clientCertificateMutations.replace(queryClient))
  const removal = clientCertificateMutations.remove(queryClient)
  const remove = useMutation({
    ...removal,
    // Away first, then the refresh: refetched on this page, the removed certificate (410) would
    // replace the page before the navigation could run (seen under load).
    onSuccess: (...args) => {
      onDeleted()
      queryClient.removeQueries({ queryKey: clientCertificateQuery(certificate.id).queryKey })
      return removal.onSuccess?.(...args)
    },
  })

  return {
    problem,
    clearProblem: () => setProblem(undefined),
    downloadRequest: () => {
      setProblem(undefined)
      download.mutate()
    },
    replace: () => {
      setProblem(undefined)
      replace.mutate(
        { id: certificate.id },
        {
          onSuccess: (current) => {
            queryClient.setQueryData(clientCertificateQuery(current.id).queryKey, current)
            onReplaced()
          },
          onError: failed('replace.failed'),
        },
      )
    },
    remove: () => {
      setProblem(undefined)
      remove.mutate(certificate.id, { onError: failed('object.deleteFailed') })
    },
  }
}
