import { z } from 'zod'
import { clock } from './clock'
import { isoDate } from './common'

/** How many checkpoints a browser keeps (saving more is refused; automatic ones make room). */
export const CHECKPOINT_LIMIT = 20
export const CHECKPOINT_NAME_MAX_LENGTH = 80

// Control characters (NUL, newlines, …) and bidi overrides would let a name pose as another one.
const unsafeCharacters = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F]/u

/** A checkpoint's name as the user types it: trimmed, 1–80 characters, no control characters. */
export const checkpointName = z
  .string({ message: 'Enter a name.' })
  .trim()
  .min(1, 'Enter a name.')
  .max(CHECKPOINT_NAME_MAX_LENGTH, `Use at most ${CHECKPOINT_NAME_MAX_LENGTH} characters.`)
  .refine((name) => !unsafeCharacters.test(name), 'Use no control or direction characters.')

export const saveCheckpointRequest = z.object({ name: checkpointName }).strict()
export type SaveCheckpointRequest = z.infer<typeof saveCheckpointRequest>

export const checkpointSummary = z.object({
  name: z.string(),
  /** Wall clock, ISO 8601. */
  savedAt: z.string(),
  simulatedDate: isoDate,
  scenarioId: z.string(),
  systemCount: z.number().int(),
  /** Saved by the app before a link replaced the simulation. */
  automatic: z.boolean(),
})
export type CheckpointSummary = z.infer<typeof checkpointSummary>

export const checkpointList = z.object({
  items: z.array(checkpointSummary),
  limit: z.number().int(),
})
export type CheckpointList = z.infer<typeof checkpointList>

export const restoreCheckpointResponse = z.object({ name: z.string(), clock })
export type RestoreCheckpointResponse = z.infer<typeof restoreCheckpointResponse>

/** The answer to an import: what was loaded, and that its certificates were made again. */
export const importLandscapeResponse = z.object({
  clock,
  scenarioId: z.string(),
  systemCount: z.number().int(),
  /** Client certificates made again with the same dates, subjects and serials, and new keys. */
  reissuedCertificates: z.number().int(),
  message: z.string(),
})
export type ImportLandscapeResponse = z.infer<typeof importLandscapeResponse>

/** A `?scenario=`/`?date=` link this tab opened that waits for the user's answer. */
export const pendingLink = z.object({
  pending: z
    .object({
      scenario: z.object({ id: z.string(), title: z.string() }).optional(),
      date: isoDate.optional(),
    })
    .nullable(),
})
export type PendingLink = z.infer<typeof pendingLink>

export const replaceByLinkResponse = z.object({
  /** The automatic checkpoint that keeps what the link replaced; null when nothing was saved. */
  checkpoint: z.string().nullable(),
  clock,
  /** Parameters the link had that could not be applied, one sentence each. */
  problems: z.array(z.string()),
})
export type ReplaceByLinkResponse = z.infer<typeof replaceByLinkResponse>
