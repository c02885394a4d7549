import { randomBytes } from 'node:crypto'

/**
 * A new landscape id: 128 random bits, base64url (22 characters). The id is the only thing that
 * admits a trainee to a landscape, so it must not be guessable from the others.
 */
export function newLandscapeId(): string {
  return randomBytes(16).toString('base64url')
}

/** The shape of an id this server hands out; anything else is not looked up at all. */
export const landscapeIdPattern = /^[A-Za-z0-9_-]{22}$/
