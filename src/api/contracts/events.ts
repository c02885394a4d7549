import { z } from 'zod'
import { actor, changeCategory, changeRecord, page, pageQuery } from './common'

/** The audit log's query string: a page, optionally narrowed to one system, actor or category. */
export const eventsParams = pageQuery.extend({
  systemId: z.string().optional(),
  actor: actor.optional(),
  category: changeCategory.optional(),
})
export type EventsParams = Partial<z.infer<typeof eventsParams>>

/** Change records, newest first. */
export const eventsPage = page(changeRecord)
export type EventsPage = z.infer<typeof eventsPage>
