import { StoreUnusableError } from './backend/persistent-backend'
import type { Checkpoints, CheckpointRefusal } from './backend/checkpoints'
import type { BootParameters } from './boot-parameters'

/**
 * A `?scenario=`/`?date=` link that would replace saved work waits here, in this tab only, until the
 * user answers (GET /api/simulation/link, then replace or keep).
 */
export class LinkGate {
  private pending: BootParameters | undefined

  hold(parameters: BootParameters): void {
    this.pending = parameters
  }

  current(): BootParameters | undefined {
    return this.pending
  }

  /** Hands out the pending link once and forgets it. */
  take(): BootParameters | undefined {
    const taken = this.pending
    this.pending = undefined
    return taken
  }
}

/**
 * Applies a link's scenario and date with `apply`. Saved work is first kept as an automatic
 * checkpoint ("Before link 2026-12-03 14:05"), so that the link never loses it; a scenario load
 * counts as untouched.
 */
export async function replaceByLink(
  checkpoints: Checkpoints,
  parameters: BootParameters,
  apply: () => Promise<string[]>,
  now: Date = new Date(),
): Promise<{ ok: true; checkpoint: string | null; problems: string[] } | CheckpointRefusal> {
  const savedWork = await checkpoints.hasSavedWork()
  let checkpoint: string | null = null
  if (savedWork) {
    const saved = await saveAutomatic(checkpoints, now)
    if (!saved.ok) return saved
    checkpoint = saved.name
  }
  const problems = await apply()
  // A date alone moves saved work forward: that stays work (it is not a scenario as loaded).
  if (parameters.scenario || !savedWork) await checkpoints.markUntouched()
  return { ok: true, checkpoint, problems }
}

async function saveAutomatic(
  checkpoints: Checkpoints,
  now: Date,
): Promise<{ ok: true; name: string | null } | CheckpointRefusal> {
  const base = `Before link ${localMinute(now)}`
  for (let attempt = 1; ; attempt++) {
    const name = attempt === 1 ? base : `${base} (${attempt})`
    try {
      const saved = await checkpoints.save(name, { automatic: true })
      if (saved.ok) return { ok: true, name }
      if (saved.code !== 'CheckpointExists' || attempt >= 50) return saved
    } catch (error) {
      // A damaged or outdated store cannot be copied; the link is then the way out of it.
      if (error instanceof StoreUnusableError) return { ok: true, name: null }
      throw error
    }
  }
}

/** "2026-12-03 14:05" in the browser's time zone: what the user's own clock showed. */
function localMinute(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
