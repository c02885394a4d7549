import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import {
  clientCertificateMutations,
  clientCertificateQuery,
} from '../../../api/client-certificates'
import type {
  CertificateCategory,
  ClientCertificate,
  UpdateClientCertificateRequest,
} from '../../../api/contracts/client-certificates'
import { formErrorsFromApi, type FieldErrors } from '../../../ui/editing/form-errors'

export interface CertificateDraft {
  description: string
  category: CertificateCategory
}
type Field = keyof CertificateDraft
const fieldOf: Record<string, Field> = { description: 'description', category: 'category' }

/** Why a save did not go through: changed meanwhile (412, offers Reload), or the API's reason. */
export type SaveProblem = { kind: 'conflict' } | { kind: 'failed'; reason: string } | undefined

const draftOf = (certificate: ClientCertificate): CertificateDraft => ({
  description: certificate.description,
  category: certificate.category,
})

function changesOf(base: ClientCertificate, draft: CertificateDraft) {
  const changes: UpdateClientCertificateRequest = {}
  if (draft.description.trim() !== base.description) changes.description = draft.description.trim()
  if (draft.category !== base.category) changes.category = draft.category
  return changes
}

/**
 * Edit of Description and Certificate Category: Save sends the version the user started from as
 * If-Match, so a change made meanwhile is a 412 to reload, never overwritten. A refusal keeps the
 * draft and shows on its field (NoCertificateYet, CertificateInUse on Certificate Category).
 */
export function useCertificateEdit(certificate: ClientCertificate, onSaved: () => void) {
  const queryClient = useQueryClient()
  const [editing, setEditing] = useState(false)
  const [base, setBase] = useState(certificate)
  const [draft, setDraft] = useState(() => draftOf(certificate))
  const [errors, setErrors] = useState<FieldErrors<Field>>({})
  const [problem, setProblem] = useState<SaveProblem>()
  // The client's options refresh everything a certificate change shows; this page's reactions follow.
  const save = useMutation(clientCertificateMutations.update(queryClient))

  function saved(current: ClientCertificate) {
    queryClient.setQueryData(clientCertificateQuery(current.id).queryKey, current)
    setEditing(false)
    onSaved()
  }

  function refused(error: Error) {
    if (error instanceof ApiError && error.status === 412) return setProblem({ kind: 'conflict' })
    const read = formErrorsFromApi(error, fieldOf)
    setErrors(read.fields)
    setProblem(read.general ? { kind: 'failed', reason: read.general } : undefined)
  }

  function clear() {
    setErrors({})
    setProblem(undefined)
  }

  const changes = changesOf(base, draft)
  return {
    editing,
    draft,
    errors,
    problem,
    saving: save.isPending,
    startEdit: () => {
      clear()
      setBase(certificate)
      setDraft(draftOf(certificate))
      setEditing(true)
    },
    cancel: () => {
      clear()
      setEditing(false)
    },
    save: () => {
      clear()
      if (Object.keys(changes).length === 0) return setEditing(false)
      save.mutate(
        { id: base.id, version: base.version, changes },
        { onSuccess: saved, onError: refused },
      )
    },
    /** After a 412: the current version from the API; the edits are dropped, as the message says. */
    reload: async () => {
      const current = await queryClient.fetchQuery({
        ...clientCertificateQuery(certificate.id),
        staleTime: 0,
      })
      setBase(current)
      setDraft(draftOf(current))
      clear()
    },
    edit: (field: Field, value: string) => {
      setDraft((current) => ({ ...current, [field]: value }))
      setErrors((current) => ({ ...current, [field]: undefined }))
    },
  }
}
