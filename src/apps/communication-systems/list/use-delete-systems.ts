import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  communicationSystemQuery,
  deleteCommunicationSystem,
} from '../../../api/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { useAppTexts } from '../i18n/texts'

/**
 * Deletes the systems one after another; stops at the first refusal so the message names it.
 * The list rows carry no version, so each system is read fresh for its ETag: a delete is then
 * refused (412) only if it changed between that read and the delete.
 */
export function useDeleteSystems(onDone: () => void) {
  const queryClient = useQueryClient()
  const t = useAppTexts()
  return useMutation({
    mutationFn: async (systemIds: string[]) => {
      for (const systemId of systemIds) {
        try {
          const system = await queryClient.fetchQuery({
            ...communicationSystemQuery(systemId),
            staleTime: 0,
          })
          await deleteCommunicationSystem(systemId, system.version)
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(t('list.deleteRefused', systemId, reason), { cause: error })
        }
      }
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onDone()
    },
  })
}
