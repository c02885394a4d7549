import { z } from './zod'
import { clock } from './clock'
import { isoDate } from './common'
import { safeText } from './safe-text'

/** How many checkpoints a browser keeps (saving more is refused; automatic ones make room). */
export const CHECKPOINT_LIMIT = 20
export const CHECKPOINT_NAME_MAX_LENGTH = 80

/**
 * A checkpoint's name as the user types it: trimmed, 1–80 characters, none of the control or
 * text-direction characters any field refuses (safe-text.ts), so a name cannot pose as another.
 */
export const checkpointName = safeText({
  label: 'Name',
  max: CHECKPOINT_NAME_MAX_LENGTH,
  required: 'Enter a name.',
})

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

/**
 * `POST api/simulation/link`: a link's parameters as the page's URL had them (text, unchecked), sent
 * by a page the lab server served, whose backend cannot read the page's URL itself.
 */
export const openLinkRequest = z
  .object({
    scenario: z.string().max(200).optional(),
    date: z.string().max(200).optional(),
    replace: z.string().max(10).optional(),
  })
  .strict()
export type OpenLinkRequest = z.infer<typeof openLinkRequest>

/** Applied at once, held for the user's answer (GET api/simulation/link), or nothing valid to apply. */
export const openLinkResponse = z.object({
  outcome: z.enum(['applied', 'pending', 'nothing']),
  /** The automatic checkpoint that keeps what the link replaced; null when nothing was saved. */
  checkpoint: z.string().nullable(),
  /** Parameters the link had that could not be applied, one sentence each. */
  problems: z.array(z.string()),
})
export type OpenLinkResponse = z.infer<typeof openLinkResponse>

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
