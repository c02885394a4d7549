import { z } from 'zod'
import { isoDate } from '../api/contracts/common'

/** A class name goes into URLs (/admin/classes/:class/advance): letters, digits, `-` and `_`. */
export const className = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1 to 64 letters, digits, "-" or "_".')

export const createLandscapeRequest = z
  .object({ scenario: z.string().min(1), date: isoDate.optional(), class: className.optional() })
  .strict()

export const resetLandscapeRequest = z.object({ scenario: z.string().min(1) }).strict()

export const listLandscapesQuery = z.object({ class: className.optional() }).strict()

export const classPath = z.object({ class: className }).strict()

/** `{}` keeps the source's class; a class puts the copy in another one. */
export const cloneLandscapeRequest = z.object({ class: className.optional() }).strict()
