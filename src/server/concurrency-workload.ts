/**
 * A class at work on one lab server, over HTTP (issue 14): trainees on landscapes of their own and
 * participants sharing one, each doing a bounded sequence of switches (PATCH an outbound user's
 * certificate with If-Match), uploads (trust Client Default at an external system) and clock moves
 * at the same time. It records every request and every accepted write, and checks afterwards through
 * the API that no accepted write is lost and that the change log holds exactly one record for each.
 * Used by the concurrency test (concurrency.test.ts) and by `npm run bench:server`.
 */

/** The scenario every landscape starts in: Overlap, 14 days before the rotation. */
export const workloadScenario = 'halfway'

const clientDefault = 'default-2027-02-01'
const clientDefaultExpiring = 'default-2026-08-01'
const defaults = new Set([clientDefault, clientDefaultExpiring])

export type RequestKind = 'read' | 'export' | 'switch' | 'upload' | 'clock'

export interface RequestRecord {
  kind: RequestKind
  status: number
  ms: number
}

interface AcceptedSwitch {
  systemId: string
  userId: string
  certificateId: string
  /** The system's version the switch made. */
  version: number
}

/** What the actors of one landscape did to it. */
interface LandscapeLog {
  base: string
  actors: number
  switches: AcceptedSwitch[]
  uploads: { host: string; fingerprint: string }[]
  /** Exports of Client Default (the file to upload): each one is recorded too. */
  exports: number
  clockMoves: number
  /** Writes answered 412 or 409: nothing of them may show. */
  refused: number
}

interface Start {
  today: string
  lastRecordId: number
  versions: Map<string, number>
  users: { systemId: string; userId: string }[]
  hostsToTrust: string[]
}

export interface WorkloadOptions {
  /** API bases (`…/l/<id>/api/`), one per trainee. */
  trainees: string[]
  /** The API base of the landscape the participants share. */
  shared: string
  participants?: number
  /** Rounds of (switch, switch, upload, clock move) per actor. */
  rounds?: number
}

export interface WorkloadResult {
  /** The actors' requests, all made within `wallMs`. */
  requests: RequestRecord[]
  /** The reads before and after, that find the start and check the outcome. */
  checks: RequestRecord[]
  wallMs: number
  landscapes: LandscapeLog[]
  /** What the API showed afterwards that contradicts the writes; empty when nothing was lost. */
  lost: string[]
}

/** Runs the class; every landscape must be in `workloadScenario`, untouched. */
export async function runWorkload({
  trainees,
  shared,
  participants = 2,
  rounds = 3,
}: WorkloadOptions): Promise<WorkloadResult> {
  // Each actor moves the clock a day a round; the checks assume no rotation (2027-03-01) migrates users.
  if (participants * rounds > 14) throw new Error('The clock moves would reach the rotation.')
  const checks: RequestRecord[] = []
  const requests: RequestRecord[] = []
  const logs = [...trainees.map((base) => newLog(base, 1)), newLog(shared, participants)]
  const checking = timedClient(checks)
  const starts = await Promise.all(logs.map((log) => readStart(checking, log.base)))
  const client = timedClient(requests)
  const started = performance.now()
  await Promise.all(
    logs.flatMap((log, index) =>
      Array.from({ length: log.actors }, (_, actor) =>
        act(client, log, starts[index]!, { actor, of: log.actors, rounds }),
      ),
    ),
  )
  const wallMs = performance.now() - started
  const lost = (
    await Promise.all(logs.map((log, index) => findLost(checking, log, starts[index]!)))
  ).flat()
  return { requests, checks, wallMs, landscapes: logs, lost }
}

function newLog(base: string, actors: number): LandscapeLog {
  return { base, actors, switches: [], uploads: [], exports: 0, clockMoves: 0, refused: 0 }
}

type Client = ReturnType<typeof timedClient>

/** fetch, timed and recorded; JSON bodies (or bytes) in, JSON (or bytes) out. */
function timedClient(requests: RequestRecord[]) {
  return async (
    kind: RequestKind,
    url: string,
    init: { method?: string; body?: unknown; ifMatch?: string } = {},
  ) => {
    const raw = init.body instanceof Uint8Array
    const started = performance.now()
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        'Content-Type': raw ? 'application/x-pem-file' : 'application/json',
        ...(init.ifMatch ? { 'If-Match': init.ifMatch } : {}),
      },
      body:
        init.body === undefined
          ? undefined
          : raw
            ? (init.body as Uint8Array<ArrayBuffer>)
            : JSON.stringify(init.body),
    })
    const json = response.headers.get('Content-Type')?.includes('json')
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read loosely, checked by the caller
    const body: any = json ? await response.json() : new Uint8Array(await response.arrayBuffer())
    requests.push({ kind, status: response.status, ms: performance.now() - started })
    return { status: response.status, body }
  }
}

/** Reads what the actors start from, before any of them writes. */
async function readStart(client: Client, base: string): Promise<Start> {
  const [clock, events, list, external] = await Promise.all([
    client('read', `${base}clock`),
    client('read', `${base}events?limit=1`),
    client('read', `${base}communication-systems`),
    client('read', `${base}external-systems`),
  ])
  const versions = new Map<string, number>()
  const users: Start['users'] = []
  for (const { systemId } of list.body.items as { systemId: string }[]) {
    const system = await client('read', `${base}communication-systems/${systemId}`)
    versions.set(systemId, system.body.version)
    for (const user of system.body.outboundUsers as { id: string; clientCertificateId?: string }[])
      if (user.clientCertificateId && defaults.has(user.clientCertificateId))
        users.push({ systemId, userId: user.id })
  }
  const hostsToTrust = (
    external.body.items as { host: string; trustStore: { matches?: { id: string } }[] }[]
  )
    .filter((host) => !host.trustStore.some((entry) => entry.matches?.id === clientDefault))
    .map((host) => host.host)
  return {
    today: clock.body.today,
    lastRecordId: events.body.items[0]?.id ?? 0,
    versions,
    users,
    hostsToTrust,
  }
}

/**
 * One actor's bounded sequence. Participants of a shared landscape switch the same users (so their
 * If-Match races: one wins, the other gets 412) and upload to hosts of their own.
 */
async function act(
  client: Client,
  log: LandscapeLog,
  start: Start,
  { actor, of, rounds }: { actor: number; of: number; rounds: number },
) {
  const { base } = log
  const myHosts = start.hostsToTrust.filter((_, index) => index % of === actor)
  const pem = await client(
    'export',
    `${base}client-certificates/${clientDefault}/export?format=pem`,
  )
  if (pem.status === 200) log.exports++
  // Participants start on the same user: their first switches race for the same version.
  let next = 0
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 2; i++) {
      const { systemId, userId } = start.users[next++ % start.users.length]!
      await switchUser(client, log, systemId, userId)
    }
    const host = myHosts[round]
    if (host) {
      const upload = await client(
        'upload',
        `${base}external-systems/${host}/trusted-certificates`,
        {
          method: 'POST',
          body: pem.body,
        },
      )
      if (upload.status === 200) {
        for (const fingerprint of upload.body.trusted as string[])
          log.uploads.push({ host, fingerprint })
      } else log.refused++
    }
    const moved = await client('clock', `${base}clock/advance`, {
      method: 'POST',
      body: { days: 1 },
    })
    if (moved.status === 200) log.clockMoves++
    else log.refused++
  }
}

/** Reads the user's system and switches the user to the other default certificate. */
async function switchUser(client: Client, log: LandscapeLog, systemId: string, userId: string) {
  const system = await client('read', `${log.base}communication-systems/${systemId}`)
  const user = (system.body.outboundUsers as { id: string; clientCertificateId: string }[]).find(
    (u) => u.id === userId,
  )!
  const certificateId =
    user.clientCertificateId === clientDefault ? clientDefaultExpiring : clientDefault
  const patched = await client(
    'switch',
    `${log.base}communication-systems/${systemId}/outbound-users/${userId}`,
    {
      method: 'PATCH',
      ifMatch: `"${system.body.version}"`,
      body: { clientCertificateId: certificateId },
    },
  )
  if (patched.status === 200)
    log.switches.push({ systemId, userId, certificateId, version: patched.body.version })
  else log.refused++
}

/** Every way the landscape now contradicts the accepted writes, in words. */
async function findLost(client: Client, log: LandscapeLog, start: Start): Promise<string[]> {
  const lost: string[] = []
  const where = (text: string) => lost.push(`${log.base}: ${text}`)

  // Each accepted switch made one version of its system; the newest one per user is what it shows.
  const bySystem = groupBy(log.switches, (s) => s.systemId)
  for (const [systemId, switches] of bySystem) {
    const system = await client('read', `${log.base}communication-systems/${systemId}`)
    const expected = start.versions.get(systemId)! + switches.length
    if (system.body.version !== expected)
      where(
        `${systemId} is at version ${system.body.version}, ${expected} after ${switches.length} switches`,
      )
    for (const [userId, ofUser] of groupBy(switches, (s) => s.userId)) {
      const last = ofUser.reduce((a, b) => (b.version > a.version ? b : a))
      const shown = (
        system.body.outboundUsers as { id: string; clientCertificateId: string }[]
      ).find((u) => u.id === userId)?.clientCertificateId
      if (shown !== last.certificateId)
        where(`${systemId}/${userId} presents ${shown}, last switched to ${last.certificateId}`)
    }
  }
  for (const { host, fingerprint } of log.uploads) {
    const external = await client('read', `${log.base}external-systems/${host}`)
    const store = external.body.trustStore as { fingerprintSha256: string }[]
    if (!store.some((entry) => entry.fingerprintSha256 === fingerprint))
      where(`${host} does not hold the uploaded ${fingerprint}`)
  }
  const clock = await client('read', `${log.base}clock`)
  const today = addDays(start.today, log.clockMoves)
  if (clock.body.today !== today)
    where(`today is ${clock.body.today}, ${today} after ${log.clockMoves} moves of a day`)

  // The change log: exactly one record per accepted change, and nothing else.
  const events = await client('read', `${log.base}events?limit=10000`)
  const fresh = (events.body.items as ChangeRecord[]).filter((r) => r.id > start.lastRecordId)
  const records = fresh.map(describeRecord)
  const changes = [
    ...log.switches.map((s) => `switch ${s.systemId}/${s.userId} → ${s.certificateId}`),
    ...log.uploads.map((u) => `upload ${u.host} ← ${u.fingerprint}`),
    ...Array.from({ length: log.exports }, () => `export ${clientDefault}`),
    ...Array.from({ length: log.clockMoves }, () => 'clock +1 day'),
  ]
  const unrecorded = without(changes, records)
  const unexplained = without(records, changes)
  if (unrecorded.length > 0) where(`no change record for ${JSON.stringify(unrecorded)}`)
  if (unexplained.length > 0)
    where(`change records of no accepted change: ${JSON.stringify(unexplained)}`)
  return lost
}

interface ChangeRecord {
  id: number
  category: string
  systemId?: string
  objectId: string
  field: string
  newValue?: string
}

function describeRecord(record: ChangeRecord): string {
  if (
    record.category === 'Users for Outbound Communication' &&
    record.field === 'Client Certificate'
  )
    return `switch ${record.systemId}/${record.objectId} → ${record.newValue}`
  if (record.category === 'External System' && record.field === 'Trust Store')
    return `upload ${record.objectId} ← ${record.newValue}`
  if (record.category === 'Client Certificate' && record.field === 'Export')
    return `export ${record.objectId}`
  if (record.category === 'Clock') return 'clock +1 day'
  return `${record.category} ${record.field} ${record.objectId}`
}

/** The items of `all` left over once each of `taken` has taken one equal item away. */
function without(all: string[], taken: string[]): string[] {
  const left = [...all]
  for (const item of taken) {
    const index = left.indexOf(item)
    if (index >= 0) left.splice(index, 1)
  }
  return left
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The p-th percentile (0–100) of the durations, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}
