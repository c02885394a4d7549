import type { SimulatedBackend } from '../backend/simulated-backend'

const encoder = new TextEncoder()

/**
 * The simulated SAP PKI of the persisted system, as files an administrator would upload: the root
 * (SAP Cloud Root CA) and the intermediate client CA. Exports of client certificates hold no chain,
 * so tests take the CAs from where the backend keeps them (each scenario builds its own chain).
 */
export async function sapCaFiles(backend: SimulatedBackend) {
  const { root, clientCa } = (await backend.read()).pki.chain
  return {
    rootPem: root.pem,
    clientCaPem: clientCa.pem,
    root: encoder.encode(root.pem),
    clientCa: encoder.encode(clientCa.pem),
    rootFingerprint: root.material.fingerprintSha256,
    clientCaFingerprint: clientCa.material.fingerprintSha256,
  }
}

/** Text as the bytes of an uploaded file. */
export function fileOf(text: string): Uint8Array {
  return encoder.encode(text)
}
