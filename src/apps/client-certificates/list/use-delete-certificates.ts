import { useMutation, useQueryClient } from '@tanstack/react-query'
import { clientCertificateMutations } from '../../../api/client-certificates'

/**
 * Deletes the chosen customer certificates one after another and stops at the first refusal, so the
 * message is the API's for that one (a certificate in use: it names the users). Each delete refreshes
 * what it changed through the client's own mutation options.
 */
export function useDeleteCertificates(onDone: () => void) {
  const remove = useMutation(clientCertificateMutations.remove(useQueryClient()))
  return useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await remove.mutateAsync(id)
    },
    onSettled: onDone,
  })
}
