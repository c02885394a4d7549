import type { FieldError } from '../../api/api-error'
import { checkInvariants } from '../../domain/invariants'
import {
  LANDSCAPE_FILE_FORMAT,
  LANDSCAPE_FILE_MAX_BYTES,
  LANDSCAPE_FILE_VERSION,
  landscapeFile,
  type LandscapeContent,
  type LandscapeFile,
} from './landscape-file-schema'
import type { SimulatedSystem } from './simulated-system'

/** The export of a system: public data only. The PKI's keys are left out by naming what goes in. */
export function toLandscapeFile(system: SimulatedSystem, exportedAt: Date): LandscapeFile {
  return {
    format: LANDSCAPE_FILE_FORMAT,
    schemaVersion: LANDSCAPE_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    landscape: {
      scenarioId: system.scenarioId,
      state: system.state as LandscapeFile['landscape']['state'],
      changeLog: system.changeLog as LandscapeFile['landscape']['changeLog'],
      pki: { chain: system.pki.chain, details: system.pki.details },
    },
  }
}

export type FileRefusal = { ok: false; code: string; message: string; details: FieldError[] }

/**
 * Reads an uploaded landscape file: size, JSON, format, schema version, shape, and the engine's
 * invariants, in that order; the first that fails is the refusal, with the field it is about.
 */
export function readLandscapeFile(text: string): { ok: true; file: LandscapeFile } | FileRefusal {
  if (text.length > LANDSCAPE_FILE_MAX_BYTES) {
    const limit = `${LANDSCAPE_FILE_MAX_BYTES / 1024 / 1024} MB`
    return refuse('FileTooLarge', 'file', `The file is larger than ${limit}.`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refuse('InvalidJson', 'file', 'The file is not JSON: it is no landscape export.')
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  if (head.format !== LANDSCAPE_FILE_FORMAT) {
    return refuse(
      'NotALandscape',
      'format',
      `The file is no Rotation Lab landscape (its format is not "${LANDSCAPE_FILE_FORMAT}").`,
    )
  }
  if (head.schemaVersion !== LANDSCAPE_FILE_VERSION) {
    const newer =
      typeof head.schemaVersion === 'number' && head.schemaVersion > LANDSCAPE_FILE_VERSION
    return refuse(
      'UnsupportedSchemaVersion',
      'schemaVersion',
      `The file has schema version ${JSON.stringify(head.schemaVersion)}${newer ? ', from a newer version of Rotation Lab' : ''}; this version reads version ${LANDSCAPE_FILE_VERSION}.`,
    )
  }
  const parsed = landscapeFile.safeParse(json)
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((issue) => ({
      field: issue.path.join('.') || '(file)',
      message: issue.message,
    }))
    const first = details[0]!
    return {
      ok: false,
      code: 'InvalidLandscape',
      message: `The file is not a valid landscape: ${first.field}: ${first.message}`,
      details,
    }
  }
  const problem = inconsistency(parsed.data.landscape, 'landscape.')
  if (problem) return refuse('InconsistentLandscape', problem.field, problem.message)
  return { ok: true, file: parsed.data }
}

/**
 * What the engine or the re-issue could not work with, although the shape is right; `prefix` is
 * where the content sits in the checked value (its field names start with it).
 */
export function inconsistency(content: LandscapeContent, prefix = ''): FieldError | undefined {
  const { state, pki } = content
  const missing = state.certificates.find((c) => c.material !== null && !pki.details[c.id])
  if (missing) {
    return {
      field: `${prefix}pki.details.${missing.id}`,
      message: `The X.509 details of certificate ${missing.id} are missing.`,
    }
  }
  const violations = checkInvariants(state)
  if (violations.length > 0) {
    return {
      field: `${prefix}state`,
      message: `The landscape breaks the rules of the rotation: ${violations.slice(0, 3).join('; ')}.`,
    }
  }
  return undefined
}

function refuse(code: string, field: string, message: string): FileRefusal {
  return { ok: false, code, message, details: [{ field, message }] }
}
