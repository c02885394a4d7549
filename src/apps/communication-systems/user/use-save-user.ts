import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AuthenticationMethod } from '../../../api/contracts/common'
import {
  outboundUserRequest,
  type CommunicationSystem,
  type OutboundUser,
  type OutboundUserRequest,
} from '../../../api/contracts/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { fieldErrorsFromZod } from '../shared/field-errors'
import { useSaveFeedback } from '../shared/use-save-feedback'
import { addOutboundUser, updateOutboundUser } from '../../../api/communication-systems'
import { useAppTexts } from '../i18n/texts'

export interface UserValues {
  authenticationMethod: AuthenticationMethod
  userName: string
  clientCertificateId: string
}

export function valuesOfUser(user: OutboundUser | undefined): UserValues {
  return {
    authenticationMethod: user?.authenticationMethod ?? 'SSL Client Certificate',
    userName: user?.userName ?? '',
    clientCertificateId: user?.clientCertificateId ?? '',
  }
}

/**
 * Save of one outbound user (POST for a new one, PATCH otherwise), with the system's ETag.
 * The dialog's values are never reset by a failure: a removed certificate is reported beside
 * the Client Certificate field, everything else typed stays.
 */
export function useSaveUser(
  system: CommunicationSystem,
  userId: string | undefined,
  onSaved: (previousVersion: number, written: CommunicationSystem) => void,
) {
  const queryClient = useQueryClient()
  const t = useAppTexts()
  const { errors, setErrors, problem, setProblem, showFailure, clearError } = useSaveFeedback()

  const mutation = useMutation({
    mutationFn: ({ version, request }: { version: number; request: OutboundUserRequest }) =>
      userId
        ? updateOutboundUser(system.systemId, userId, version, request)
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
    const usesCertificate = values.authenticationMethod === 'SSL Client Certificate'
    const parsed = outboundUserRequest.safeParse({
      userName: values.userName,
      authenticationMethod: values.authenticationMethod,
      ...(usesCertificate && values.clientCertificateId
        ? { clientCertificateId: values.clientCertificateId }
        : {}),
    })
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
