import { useState } from 'react'
import type {
  CommunicationSystem,
  UpdateSystemRequest,
} from '../../../api/contracts/communication-systems'
import { updateSystemRequest } from '../../../api/contracts/communication-systems'
import { useAppTexts } from '../i18n/texts'
import { fieldErrorsFromZod, type FieldErrors } from '../shared/field-errors'

/** The editable header fields as typed (the port is text until it is checked). */
export interface SystemValues {
  systemName: string
  uiHost: string
  logicalSystem: string
  businessSystem: string
  contactName: string
  email: string
  phone: string
  hostName: string
  port: string
  cloudConnector: boolean
  sccLocationId: string
  inboundOnly: boolean
}

/** The fields whose value is sent as typed (the schema trims; the port and flags are converted). */
const TEXT_FIELDS = [
  'systemName',
  'uiHost',
  'logicalSystem',
  'businessSystem',
  'contactName',
  'email',
  'phone',
  'sccLocationId',
] as const satisfies readonly (keyof SystemValues)[]

export type EditableField = keyof SystemValues

interface Draft {
  /** The values and version the edit started from: Save sends only what changed, If-Match this version. */
  base: SystemValues
  version: number
  values: SystemValues
}

export function valuesOf(system: CommunicationSystem): SystemValues {
  return {
    systemName: system.systemName,
    uiHost: system.uiHost,
    logicalSystem: system.logicalSystem,
    businessSystem: system.businessSystem,
    contactName: system.contactName,
    email: system.email,
    phone: system.phone,
    hostName: system.hostName,
    port: String(system.port),
    cloudConnector: system.cloudConnector,
    sccLocationId: system.sccLocationId,
    inboundOnly: system.inboundOnly,
  }
}

/**
 * The edit of a system's header fields. It starts at the first keystroke and is kept whatever
 * the server answers, so no failed save (400, 412, offline) ever loses what the user typed.
 */
export function useSystemDraft(system: CommunicationSystem) {
  const t = useAppTexts()
  const [draft, setDraft] = useState<Draft | null>(null)
  const values = draft?.values ?? valuesOf(system)
  const changes = draft ? changedFields(draft.base, draft.values) : {}
  const dirty = Object.keys(changes).length > 0

  function setValue<K extends EditableField>(field: K, value: SystemValues[K]) {
    setDraft((current) => {
      const start = current ?? {
        base: valuesOf(system),
        version: system.version,
        values: valuesOf(system),
      }
      return { ...start, values: { ...start.values, [field]: value } }
    })
  }

  /** Checks the changes with the backend's schema; returns the request or the field errors. */
  function validate():
    { ok: true; request: UpdateSystemRequest } | { ok: false; errors: FieldErrors } {
    const parsed = updateSystemRequest.safeParse(changes)
    return parsed.success
      ? { ok: true, request: parsed.data }
      : { ok: false, errors: fieldErrorsFromZod(parsed.error, t) }
  }

  return {
    values,
    dirty,
    /** The version Save must name in If-Match. */
    version: draft?.version ?? system.version,
    setValue,
    validate,
    discard: () => setDraft(null),
    /** This tab wrote the system itself (an outbound user): follow along unless someone else did too. */
    followOwnWrite: (previousVersion: number, nextVersion: number) =>
      setDraft((current) =>
        current && current.version === previousVersion
          ? { ...current, version: nextVersion }
          : current,
      ),
  }
}

export type SystemDraft = ReturnType<typeof useSystemDraft>

function changedFields(base: SystemValues, values: SystemValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {}
  for (const field of TEXT_FIELDS) if (values[field] !== base[field]) changes[field] = values[field]
  if (values.hostName !== base.hostName) changes.hostName = values.hostName.trim()
  // An empty or non-numeric port is sent as NaN to the schema, which names the problem.
  if (values.port !== base.port)
    changes.port = values.port.trim() === '' ? Number.NaN : Number(values.port)
  if (values.inboundOnly !== base.inboundOnly) changes.inboundOnly = values.inboundOnly
  if (values.cloudConnector !== base.cloudConnector) {
    changes.cloudConnector = values.cloudConnector
    // Without Cloud Connector there is no location (the backend forgets it too).
    if (!values.cloudConnector) delete changes.sccLocationId
  }
  return changes
}
