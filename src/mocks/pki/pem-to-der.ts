import { fromBase64 } from './encoding'

/** The DER bytes of the first PEM block in `pem` (our own records: one CERTIFICATE block). */
export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const match = /-----BEGIN [A-Z0-9 ]+-----([A-Za-z0-9+/=\s]+)-----END [A-Z0-9 ]+-----/.exec(pem)
  const der = match?.[1] === undefined ? null : fromBase64(match[1])
  if (!der) throw new TypeError('Not a PEM block')
  return der
}
