import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  outboundUserChecks,
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
import type { UserEdit } from './user-edit'
import { changesOf, requestOfValues } from './user-request'

interface Save {
  /** The version the dialog showed: If-Match, so a change made meanwhile is refused (412). */
  version: number
  /** The user as the dialog showed it: the PATCH names only what differs from it. */
  opened: OutboundUser | undefined
  request: OutboundUserRequest
}

/**
 * Save of one outbound user (POST for a new one, PATCH otherwise), with the version of the edit.
 * The dialog's values are never reset by a failure: a removed certificate is reported beside
 * the Client Certificate field, everything else typed stays.
 */
export function useSaveUser(
  systemId: string,
  onSaved: (previousVersion: number, written: CommunicationSystem) => void,
) {
  const queryClient = useQueryClient()
  const t = useAppTexts()
  const { errors, setErrors, problem, setProblem, showFailure, clearError } = useSaveFeedback()

  const mutation = useMutation({
    mutationFn: ({ version, opened, request }: Save) =>
      opened
        ? updateOutboundUser(systemId, opened.id, version, changesOf(opened, request))
        : addOutboundUser(systemId, version, request),
    onSuccess: (written, { version }) => {
      // Readiness and certificate usage change with the user's certificate: refresh every view of them.
      void queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onSaved(version, written)
    },
    onError: showFailure,
  })

  function save(edit: UserEdit) {
    setProblem(undefined)
    // The whole user is checked against the contract; an edit then sends only its changes. A user
    // whose password is set keeps it when the field stays empty; any other needs one typed.
    const schema = edit.opened?.passwordSet ? outboundUserChecks : outboundUserRequest
    const parsed = schema.safeParse(requestOfValues(edit.values))
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error, t))
    setErrors({})
    mutation.mutate({ version: edit.version, opened: edit.opened, request: parsed.data })
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
