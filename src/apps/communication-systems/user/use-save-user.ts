import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  outboundUserRequest,
  type CommunicationSystem,
  type OutboundUserRequest,
  type OutboundUser,
} from '../../../api/contracts/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { fieldErrorsFromZod } from '../shared/field-errors'
import { useSaveFeedback } from '../shared/use-save-feedback'
import { addOutboundUser, updateOutboundUser } from '../../../api/communication-systems'
import { useAppTexts } from '../i18n/texts'
import { changesOf, requestOfValues, type UserValues } from './user-request'

/**
 * Save of one outbound user (POST for a new one, PATCH otherwise), with the system's ETag.
 * The dialog's values are never reset by a failure: a removed certificate is reported beside
 * the Client Certificate field, everything else typed stays.
 */
export function useSaveUser(
  system: CommunicationSystem,
  user: OutboundUser | undefined,
  onSaved: (previousVersion: number, written: CommunicationSystem) => void,
) {
  const queryClient = useQueryClient()
  const t = useAppTexts()
  const { errors, setErrors, problem, setProblem, showFailure, clearError } = useSaveFeedback()

  const mutation = useMutation({
    mutationFn: ({ version, request }: { version: number; request: OutboundUserRequest }) =>
      user
        ? updateOutboundUser(system.systemId, user.id, version, changesOf(user, request))
        : addOutboundUser(system.systemId, version, request),
    onSuccess: (written, { version }) => {
      // Readiness and certificate usage change with the user's certificate: refresh every view of them.
      void queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onSaved(version, written)
    },
    onError: showFailure,
  })

  function save(values: UserValues) {
    setProblem(undefined)
    // The whole user is checked against the contract; an edit then sends only its changes.
    const parsed = outboundUserRequest.safeParse(requestOfValues(values))
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error, t))
    setErrors({})
    mutation.mutate({ version: system.version, request: parsed.data })
  }

  return {
    save,
    saving: mutation.isPending,
    errors,
    problem,
    clearError,
    clearProblem: () => setProblem(undefined),
  }
}
