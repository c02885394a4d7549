import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  communicationArrangementQuery,
  deleteCommunicationArrangement,
} from '../../../api/communication-arrangements'
import { queryKeys } from '../../../api/query-keys'

/**
 * Deletes the arrangements one after another and stops at the first refusal, so the message names
 * it. The list rows carry no version: each arrangement is read fresh for its ETag, so a delete is
 * refused (412) only if it changed between that read and the delete.
 */
export function useDeleteArrangements(onDone: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (names: string[]) => {
      for (const name of names) {
        const arrangement = await queryClient.fetchQuery({
          ...communicationArrangementQuery(name),
          staleTime: 0,
        })
        await deleteCommunicationArrangement(name, arrangement.version)
      }
    },
    onSettled: async () => {
      // Systems show the arrangements that use them; certificates where they are used.
      await queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onDone()
    },
  })
}
