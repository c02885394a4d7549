// Reads a Chromium trace (browser.startTracing with the CPU profiler's category) and answers where
// the CPU time of each thread went inside a time window: JavaScript by script file, and the
// renderer's own work (style, layout, paint, compile, GC) by trace event.

interface TraceEvent {
  pid: number
  tid: number
  ts: number
  dur?: number
  ph: string
  name: string
  cat: string
  id?: string
  args?: Record<string, unknown>
}

interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url: string }
}

export interface ThreadBreakdown {
  thread: string
  /** Sampled CPU time inside the window, ms (samples that are not idle). */
  busyMs: number
  /** By script file (or V8's own: program, garbage collector), ms, largest first. */
  byScript: [string, number][]
  /** Renderer work by trace event name (top-level occurrences only), ms. */
  byEvent: [string, number][]
}

/** The renderer events worth naming; nested occurrences of the same name are counted once. */
const namedEvents = new Set([
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'v8.compile',
  'v8.compileModule',
  'v8.parseOnBackground',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'TimerFire',
  'RunMicrotasks',
])

const fileOf = (url: string) =>
  url ? (new URL(url, 'http://x/').pathname.split('/').pop() ?? url) : ''

/** The trace clock (µs) of a performance mark or of navigationStart on the page that set `mark`. */
export function pageThread(events: readonly TraceEvent[], mark: string) {
  const marked = events.find((e) => e.cat.includes('blink.user_timing') && e.name === mark)
  if (!marked) throw new Error(`no ${mark} in the trace`)
  const starts = events.filter(
    (e) =>
      e.name === 'navigationStart' &&
      e.pid === marked.pid &&
      e.tid === marked.tid &&
      e.ts <= marked.ts,
  )
  const navigationStart = starts.at(-1)?.ts
  if (navigationStart === undefined) throw new Error('no navigationStart before the mark')
  return { pid: marked.pid, tid: marked.tid, navigationStart }
}

/** CPU time per thread inside [from, to] (trace clock, µs). */
export function breakdown(
  events: readonly TraceEvent[],
  from: number,
  to: number,
): ThreadBreakdown[] {
  const names = new Map<string, string>()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, String(e.args?.name))

  // The CPU profiles: one per isolate thread, its chunks carry nodes, samples and time deltas.
  const profiles = new Map<
    string,
    {
      thread: string
      start: number
      nodes: Map<number, ProfileNode>
      samples: number[]
      deltas: number[]
    }
  >()
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue
    const key = `${e.pid}:${e.id}`
    const data = (e.args?.data ?? {}) as {
      startTime?: number
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
      timeDeltas?: number[]
    }
    let profile = profiles.get(key)
    if (!profile) {
      profile = {
        thread: `${e.pid}:${e.tid}`,
        start: data.startTime ?? e.ts,
        nodes: new Map(),
        samples: [],
        deltas: [],
      }
      profiles.set(key, profile)
    }
    if (e.name === 'Profile') {
      profile.thread = `${e.pid}:${e.tid}`
      if (data.startTime !== undefined) profile.start = data.startTime
    }
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node)
    profile.samples.push(...(data.cpuProfile?.samples ?? []))
    profile.deltas.push(...(data.timeDeltas ?? []))
  }

  const result = new Map<
    string,
    { busy: number; scripts: Map<string, number>; events: Map<string, number> }
  >()
  const entry = (thread: string) => {
    let value = result.get(thread)
    if (!value) result.set(thread, (value = { busy: 0, scripts: new Map(), events: new Map() }))
    return value
  }
  for (const profile of profiles.values()) {
    let at = profile.start
    for (let i = 0; i < profile.samples.length; i++) {
      const delta = profile.deltas[i] ?? 0
      at += delta
      const next = profile.deltas[i + 1] ?? 0
      if (at < from || at > to) continue
      const node = profile.nodes.get(profile.samples[i]!)
      const fn = node?.callFrame.functionName ?? '?'
      if (fn === '(idle)') continue
      const script = fileOf(node?.callFrame.url ?? '') || fn || '(anonymous)'
      const ms = next / 1000
      const thread = entry(profile.thread)
      thread.busy += ms
      thread.scripts.set(script, (thread.scripts.get(script) ?? 0) + ms)
    }
  }

  // Trace events by name; an event inside another of the same name on the same thread is not counted again.
  const open = new Map<string, number>()
  const sorted = events
    .filter(
      (e) => e.ph === 'X' && namedEvents.has(e.name) && e.ts + (e.dur ?? 0) >= from && e.ts <= to,
    )
    .sort((a, b) => a.ts - b.ts)
  for (const e of sorted) {
    const key = `${e.pid}:${e.tid}:${e.name}`
    const end = e.ts + (e.dur ?? 0)
    if ((open.get(key) ?? -1) >= end) continue
    open.set(key, end)
    const ms = (Math.min(end, to) - Math.max(e.ts, from)) / 1000
    const thread = entry(`${e.pid}:${e.tid}`)
    thread.events.set(e.name, (thread.events.get(e.name) ?? 0) + ms)
  }

  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => [k, Math.round(v)] as [string, number])
  return [...result]
    .map(([key, value]) => ({
      thread: `${names.get(key) ?? 'thread'} (${key})`,
      busyMs: Math.round(value.busy),
      byScript: top(value.scripts, 12),
      byEvent: top(value.events, 12),
    }))
    .filter((t) => t.busyMs > 5 || t.byEvent.some(([, ms]) => ms > 5))
    .sort((a, b) => b.busyMs - a.busyMs)
}
