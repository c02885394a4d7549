import { z } from './zod'
import { actor, changeCategory, changeRecord, isoDate, page, pageQuery } from './common'

/**
 * `category` may be repeated (`category=Clock&category=External%20System`): any of them matches.
 * An unknown one is refused under the field `category`, naming the categories there are.
 */
const categories = z.array(z.string()).transform((values, context) => {
  const unknown = values.find((value) => !changeCategory.safeParse(value).success)
  if (unknown === undefined) return values as z.infer<typeof changeCategory>[]
  context.addIssue({
    code: 'custom',
    message: `"${unknown}" is no change category: use ${changeCategory.options.join(', ')}.`,
  })
  return z.NEVER
})

/**
 * The change log's query string: a page, optionally narrowed to one system, one actor (Changed
 * By), categories and a Changed At range (`from`, `to`: inclusive simulated days). Whether the
 * days are real calendar days and in order is the backend's call (400 with the field).
 */
export const eventsParams = pageQuery.extend({
  systemId: z.string().optional(),
  actor: actor.optional(),
  category: categories.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
})
export type EventsParams = Partial<z.infer<typeof eventsParams>>

/** Change records, newest first. */
export const eventsPage = page(changeRecord)
export type EventsPage = z.infer<typeof eventsPage>
