import { useMutation, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../../api/query-keys'
import { deleteSystem } from '../system-api'

/** Deletes the systems one after another; stops at the first refusal so the message names it. */
export function useDeleteSystems(onDone: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (systemIds: string[]) => {
      for (const systemId of systemIds) {
        try {
          await deleteSystem(systemId)
        } catch (error) {
          throw new Error(
            `${systemId} could not be deleted: ${error instanceof Error ? error.message : String(error)}`,
            {
              cause: error,
            },
          )
        }
      }
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onDone()
    },
  })
}
