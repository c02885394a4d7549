import type { ExternalSystem, ExternalSystemSummary } from '../../api/contracts/external-systems'
import type { ReadinessRow } from '../../api/contracts/rotation'
import { CLIENT_DEFAULT } from '../../ui/words/certificate-role-words'

/** One communication system's progress through the seed's steps, read from what the API reports. */
export interface ChecklistEntry {
  systemId: string
  systemName: string
  host: string
  users: number
  /** Client Default was exported from Maintain Client Certificates (the API's `lastExportedOn`). */
  exported: boolean
  /** The external system accepts Client Default: uploaded, or it trusts SAP's root (the API's `acceptsClientDefault`). */
  uploaded: boolean
  /** Every certificate-based user of the system presents Client Default. */
  switched: boolean
  /** Every such user had a 200 with Client Default in the external system's log; undefined when the log is not loaded. */
  checked: boolean | undefined
}

/** The seed's four steps per system: export (once, for all), upload, switch, check. */
export function checklist(
  rows: readonly ReadinessRow[],
  externalSystems: readonly ExternalSystemSummary[],
  logs: ReadonlyMap<string, ExternalSystem>,
  clientDefault: { id: string; lastExportedOn?: string } | undefined,
): ChecklistEntry[] {
  const clientDefaultId = clientDefault?.id
  const bySystem = new Map<string, ReadinessRow[]>()
  // During the overlap the API reports OK only for users the rotation does not touch (customer-managed
  // certificates): the procedure has nothing for them.
  for (const row of rows.filter((r) => r.readiness !== 'OK'))
    bySystem.set(row.systemId, [...(bySystem.get(row.systemId) ?? []), row])
  return [...bySystem.values()].map((users) => {
    const first = users[0] as ReadinessRow
    const external = externalSystems.find((candidate) => candidate.host === first.host)
    const log = logs.get(first.host)?.connectionLog
    return {
      systemId: first.systemId,
      systemName: first.systemName,
      host: first.host,
      users: users.length,
      exported: clientDefault?.lastExportedOn !== undefined,
      uploaded: external?.acceptsClientDefault ?? false,
      switched: users.every((user) => user.certificateRole === CLIENT_DEFAULT),
      checked: log
        ? users.every((user) =>
            log.some(
              (attempt) =>
                attempt.systemId === user.systemId &&
                attempt.userId === user.userId &&
                attempt.certificateId === clientDefaultId &&
                attempt.status === 200,
            ),
          )
        : undefined,
    }
  })
}

/** How many of the four steps a system has done. */
export const stepCount = 4

export function stepsDone(entry: ChecklistEntry): number {
  return [entry.exported, entry.uploaded, entry.switched, entry.checked === true].filter(Boolean)
    .length
}
