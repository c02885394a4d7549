import type { TransitionFailure, TransitionSuccess } from './commands'
import type { DomainError } from './errors'
import type { ChangeLogEntry, ChangeRecord, MigrationBatch, RotationState } from './types'

/** A change record before it gets its id. */
export type RecordDraft = Omit<ChangeRecord, 'id'>

/**
 * Collects the records of one transition and numbers them from the state's counter,
 * so replaying the same commands always yields the same ids.
 */
export class ChangeLog {
  readonly records: ChangeLogEntry[] = []
  private nextId: number

  constructor(state: RotationState) {
    this.nextId = state.nextRecordId
  }

  /** Appends a record with the next id. */
  add(draft: RecordDraft): void {
    this.records.push({ id: this.nextId++, ...draft })
  }

  /** Appends a record built around the next id: the hot path of mass migrations, without a spread copy. */
  addWithId(build: (id: number) => ChangeRecord): void {
    this.records.push(build(this.nextId++))
  }

  /** Appends a migration batch: it takes one record id per user. */
  addMigrationBatch(draft: Omit<MigrationBatch, 'kind' | 'firstId'>): void {
    this.records.push({ kind: 'migration', firstId: this.nextId, ...draft })
    this.nextId += draft.userIds.length
  }

  /** The counter the next state must carry. */
  get nextRecordId(): number {
    return this.nextId
  }
}

/** The successful end of a transition: the new state carries the record counter forward. */
export function succeed(
  state: RotationState,
  log: ChangeLog,
  extra: Pick<TransitionSuccess, 'createdId' | 'connection'> = {},
): TransitionSuccess {
  const next = log.records.length === 0 ? state : { ...state, nextRecordId: log.nextRecordId }
  return { ok: true, state: next, records: log.records, ...extra }
}

/** A refusal that hands back the input state untouched. */
export function refuse(state: RotationState, error: DomainError): TransitionFailure {
  return { ok: false, state, error }
}

/** A transition that changed nothing. */
export function unchanged(state: RotationState): TransitionSuccess {
  return { ok: true, state, records: [] }
}
