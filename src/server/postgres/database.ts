/** One statement's result, the same for PGlite and pg. */
export interface QueryResult<R> {
  rows: R[]
  /** Rows inserted, updated or deleted. */
  rowCount: number
}

export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>>
  /** Several statements without parameters (a migration). */
  exec(script: string): Promise<void>
}

/**
 * The few things the lab's store needs of PostgreSQL, so that it runs on PGlite (in process, the
 * default) and on a real server through `pg` alike.
 */
export interface Database extends Sql {
  /** Says which database, for the start-up line; never the password. */
  readonly description: string
  /** `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>
  close(): Promise<void>
}
