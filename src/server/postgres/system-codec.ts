import type { SimulatedSystem } from '../../mocks/backend/simulated-system'
import type { KeySealer, SealedKey } from './key-sealer'

/**
 * A simulated system as the server stores it in `landscapes.snapshot`: plain JSON without the change
 * log (kept in its own table) and without any CryptoKey. The CA's signing key is sealed; the private
 * keys of issued client certificates are not kept at all, since nothing ever reads them.
 */
export type StoredSnapshot = Omit<SimulatedSystem, 'changeLog' | 'pki'> & {
  pki: Omit<SimulatedSystem['pki'], 'signingKey' | 'privateKeys'> & { signingKey: SealedKey }
}

export async function encodeSnapshot(
  system: SimulatedSystem,
  sealer: KeySealer,
): Promise<StoredSnapshot> {
  // Destructured so that the log and the keys are left out by name, whatever else the system holds.
  const { changeLog: _log, pki, ...rest } = system
  const { signingKey, privateKeys: _privateKeys, ...publicPki } = pki
  return { ...rest, pki: { ...publicPki, signingKey: await sealer.seal(signingKey) } }
}

export async function decodeSnapshot(
  snapshot: StoredSnapshot,
  changeLog: SimulatedSystem['changeLog'],
  sealer: KeySealer,
): Promise<SimulatedSystem> {
  const { pki, ...rest } = snapshot
  return {
    ...rest,
    changeLog,
    pki: { ...pki, signingKey: await sealer.unseal(pki.signingKey), privateKeys: {} },
  }
}
