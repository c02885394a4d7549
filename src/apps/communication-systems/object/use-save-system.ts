import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UpdateSystemRequest } from '../../../api/contracts/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { useSaveFeedback } from '../shared/use-save-feedback'
import {
  communicationSystemQuery,
  updateCommunicationSystem,
} from '../../../api/communication-systems'
import type { SystemDraft } from './use-system-draft'

/**
 * Save of the header fields: PATCH with If-Match. The draft is never touched on failure;
 * a 412 becomes a conflict the user resolves by reloading, field reasons become value states.
 */
export function useSaveSystem(systemId: string, draft: SystemDraft, onSaved: () => void) {
  const queryClient = useQueryClient()
  const { errors, setErrors, problem, setProblem, showFailure, clearError } = useSaveFeedback()

  const mutation = useMutation({
    mutationFn: ({ version, request }: { version: number; request: UpdateSystemRequest }) =>
      updateCommunicationSystem(systemId, version, request),
    onSuccess: async (system) => {
      queryClient.setQueryData(communicationSystemQuery(systemId).queryKey, system)
      // A new host changes readiness and certificate usage everywhere, not only on this system.
      void queryClient.invalidateQueries({ queryKey: queryKeys.all })
      setErrors({})
      setProblem(undefined)
      onSaved()
    },
    onError: showFailure,
  })

  function save() {
    setProblem(undefined)
    const checked = draft.validate()
    if (!checked.ok) return setErrors(checked.errors)
    setErrors({})
    mutation.mutate({ version: draft.version, request: checked.request })
  }

  return {
    save,
    saving: mutation.isPending,
    errors,
    problem,
    clearError,
    reset: () => {
      setErrors({})
      setProblem(undefined)
    },
  }
}
