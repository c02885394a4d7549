import { z } from './zod'

// The input rules every write endpoint shares (docs/api.md, "Limits and refused input"). Texts end up
// in change records, the connection log and other tabs' screens: a newline there forges a second
// record, a right-to-left override (U+202E) makes a name read backwards from that point on.

/** Users for Outbound Communication one system may hold, and so one create request may bring. */
export const MAX_OUTBOUND_USERS_PER_SYSTEM = 100

/** Ids a client only echoes (certificate ids, scenario ids): generous, but not a megabyte. */
export const MAX_ID_LENGTH = 100

/**
 * Characters no field of the API accepts: C0 controls (NUL, TAB, LF, CR, ESC, …), DEL, C1 controls,
 * the line and paragraph separators, and the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that reorder what follows them on screen.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const unsafeCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

/** The first character of `text` no field accepts, as `U+XXXX`; undefined when there is none. */
export function findUnsafeCharacter(text: string): string | undefined {
  const found = unsafeCharacter.exec(text)?.[0]
  if (found === undefined) return undefined
  return `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The sentence for a text that holds such a character: what it is, and which one. */
function unsafeTextMessage(label: string, codePoint: string): string {
  return `${label} must not contain control characters, line breaks or text-direction characters (found ${codePoint}).`
}

export interface SafeTextRule {
  /** The field's name in messages, e.g. "System Name". */
  label: string
  max: number
  /** The message for an empty text; without it, an empty text is fine. */
  required?: string
  /** The message for a text over `max` (the screens' texts repeat it); "<label> has at most <max> characters." by default. */
  tooLong?: string
}

/** The parameter of a refusal for an unsafe character: the character's code point ("U+202E"). */
export const UNSAFE_CHARACTER_PARAM = 'unsafeCharacter'

/**
 * A one-line text field: trimmed, at most `max` characters, and free of the characters above.
 * Every refusal is a zod issue on the field itself, so clients show it where the user typed it.
 */
export function safeText({ label, max, required, tooLong }: SafeTextRule) {
  const text = z.string({ message: required ?? `${label} is text.` }).trim()
  return (required === undefined ? text : text.min(1, required))
    .max(max, tooLong ?? `${label} has at most ${max} characters.`)
    .superRefine((value, context) => {
      const codePoint = findUnsafeCharacter(value)
      if (codePoint)
        context.addIssue({
          code: 'custom',
          message: unsafeTextMessage(label, codePoint),
          // Named, so that a client can say it in the user's language (see UNSAFE_CHARACTER_PARAM).
          params: { [UNSAFE_CHARACTER_PARAM]: codePoint },
        })
    })
}
