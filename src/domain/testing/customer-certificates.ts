import type { Command } from '../commands'
import { transition } from '../transition'
import { CLIENT_DEFAULT_CATEGORY, type RotationState } from '../types'
import { fakeMaterial } from './landscape'

/** A fake signing request: what the backend hands the engine (public data only). */
export function fakeRequest(seed: string) {
  return {
    subject: `CN=${seed}.example.com, O=Example Corp, C=US`,
    publicKeySha256: `KEY-${seed}`,
    csrPem: `-----BEGIN CERTIFICATE REQUEST-----\n${seed}\n-----END CERTIFICATE REQUEST-----\n`,
  }
}

/** The upload of a certificate signed for `fakeRequest(seed)`. */
export function fakeSignedUpload(
  certificateId: string,
  seed: string,
  validFrom: string,
  validTo: string,
  material = fakeMaterial(`signed-${seed}-${validFrom}`),
): Command {
  return {
    type: 'uploadSignedCertificate',
    certificateId,
    publicKeySha256: `KEY-${seed}`,
    validFrom,
    validTo,
    material,
  }
}

/** Runs commands in order; throws on the first refusal (test setup). */
export function runAll(state: RotationState, commands: readonly Command[]): RotationState {
  let current = state
  for (const command of commands) {
    const result = transition(current, command)
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
    current = result.state
  }
  return current
}

/**
 * Adds a customer certificate with material (a PKCS #12 import) and sets its category to Client
 * Default for ABAP on BTP, so outbound users can be switched to it. Returns the state and its id.
 */
export function addUsableCustomerCertificate(
  state: RotationState,
  input: Omit<Extract<Command, { type: 'addCustomerCertificate' }>, 'type'>,
): { state: RotationState; certificateId: string } {
  const added = transition(state, { type: 'addCustomerCertificate', ...input })
  if (!added.ok) throw new Error(`${added.error.code}: ${added.error.message}`)
  const certificateId = added.createdId ?? ''
  const next = runAll(added.state, [
    {
      type: 'updateCustomerCertificate',
      certificateId,
      changes: { category: CLIENT_DEFAULT_CATEGORY },
    },
  ])
  return { state: next, certificateId }
}
