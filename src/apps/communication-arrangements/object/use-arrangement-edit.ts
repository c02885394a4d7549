import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import {
  communicationArrangementQuery,
  deleteCommunicationArrangement,
  updateCommunicationArrangement,
} from '../../../api/communication-arrangements'
import type { CommunicationArrangement } from '../../../api/contracts/communication-arrangements'
import { queryKeys } from '../../../api/query-keys'
import { useAppTexts } from '../i18n/texts'
import {
  editFieldOf,
  formErrorsFromApi,
  type EditField,
  type FieldErrors,
} from '../shared/form-errors'
import {
  changesOf,
  draftOf,
  hasChanges,
  withSystem,
  type ArrangementDraft,
} from './arrangement-draft'
import type { Problem } from './problem-strip'

/**
 * Edit mode of one arrangement: the draft, Save (PATCH with the version the user saw as If-Match),
 * Delete, and Reload after a 412. A refusal never touches the draft: the user's edits stay.
 */
export function useArrangementEdit(
  arrangement: CommunicationArrangement,
  { onSaved, onDeleted }: { onSaved: () => void; onDeleted: () => void },
) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const detailQuery = communicationArrangementQuery(arrangement.name)
  const detailKey = detailQuery.queryKey
  const [editing, setEditing] = useState(false)
  // What the user started editing: Save sends its version, so a change made meanwhile (another tab,
  // a rotation) is a 412 to reload, never overwritten by a draft based on the older state.
  const [base, setBase] = useState(arrangement)
  const [draft, setDraft] = useState<ArrangementDraft>(() => draftOf(arrangement))
  const [errors, setErrors] = useState<FieldErrors<EditField>>({})
  const [problem, setProblem] = useState<Problem>()

  function refused(error: Error, say: (reason: string) => string) {
    if (error instanceof ApiError && error.status === 412) return setProblem({ kind: 'conflict' })
    const read = formErrorsFromApi(error, editFieldOf)
    setErrors(read.fields)
    setProblem(read.general ? { kind: 'failed', text: say(read.general) } : undefined)
  }

  const save = useMutation({
    mutationFn: () =>
      updateCommunicationArrangement(base.name, base.version, changesOf(base, draft)),
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey, saved)
      // Another system or user changes lists, where-used and readiness elsewhere too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.all })
      setBase(saved)
      setDraft(draftOf(saved))
      setEditing(false)
      onSaved()
    },
    onError: (error) => refused(error, (reason) => t('object.notSaved', reason)),
  })

  const remove = useMutation({
    mutationFn: () => deleteCommunicationArrangement(arrangement.name, arrangement.version),
    // Away first, then the refresh: waiting for every refetch first, the navigation to the list
    // came seconds later under load — after a user (or a demo) had already gone elsewhere.
    onSuccess: () => {
      onDeleted()
      queryClient.removeQueries({ queryKey: detailKey })
      void queryClient.invalidateQueries({ queryKey: queryKeys.all })
    },
    onError: (error) => refused(error, (reason) => t('object.deleteFailed', reason)),
  })

  function clear() {
    setErrors({})
    setProblem(undefined)
  }

  return {
    editing,
    draft,
    errors,
    problem,
    saving: save.isPending,
    dirty: hasChanges(base, draft),
    startEdit: () => {
      clear()
      setBase(arrangement)
      setDraft(draftOf(arrangement))
      setEditing(true)
    },
    cancel: () => {
      clear()
      setDraft(draftOf(arrangement))
      setEditing(false)
    },
    save: () => {
      clear()
      save.mutate()
    },
    remove: () => {
      clear()
      remove.mutate()
    },
    /** After a 412: the current version from the API; the edits are dropped, as the message says. */
    reload: async () => {
      const current = await queryClient.fetchQuery({ ...detailQuery, staleTime: 0 })
      setBase(current)
      setDraft(draftOf(current))
      clear()
    },
    setSystem: (systemId: string) => {
      setDraft((d) => withSystem(d, systemId))
      setErrors((e) => ({ ...e, systemId: undefined, outboundUserId: undefined }))
    },
    setOutboundUser: (userId: string) => {
      setDraft((d) => ({ ...d, outboundUserId: userId || undefined }))
      setErrors((e) => ({ ...e, outboundUserId: undefined }))
    },
    setActive: (serviceId: string, active: boolean) => {
      setDraft((d) => ({ ...d, active: { ...d.active, [serviceId]: active } }))
      setErrors((e) => ({ ...e, services: undefined }))
    },
  }
}
