import type { NewOutboundUser } from '../../domain/commands'

// Passwords are write-only: the backend turns one into a salted hash before any command reaches the
// engine, so neither the state in IndexedDB (or PostgreSQL), nor an export file, nor a checkpoint,
// nor a change record ever holds it. The simulation never checks a password; the hash only stands
// for "a password is set", as SAP's app shows it (dots).

const SALT_BYTES = 16

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('')

/** "sha256:<salt>:<SHA-256 of salt and password>", in hex, with a fresh random salt unless given. */
export async function hashPassword(password: string, salt?: string): Promise<string> {
  const saltHex = salt ?? hex(globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES)))
  const data = new TextEncoder().encode(`${saltHex}:${password}`)
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data)
  return `sha256:${saltHex}:${hex(digest)}`
}

/**
 * A user request as the engine takes it: `password` replaced by `passwordHash`. An empty or missing
 * password gives no hash (on a change: the old password stays).
 */
export async function withPasswordHash<T extends { password?: string }>(
  request: T,
): Promise<Omit<T, 'password'> & Pick<NewOutboundUser, 'passwordHash'>> {
  const { password, ...rest } = request
  if (password === undefined || password === '') return rest
  return { ...rest, passwordHash: await hashPassword(password) }
}
