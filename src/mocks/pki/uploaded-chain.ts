import type { ParsedCertificate } from './parse-upload'
import { verifiedChain } from './verified-chain'

export type UploadedChain =
  | { ok: true; chain: ParsedCertificate[] }
  | { ok: false; code: 'chain-does-not-link' | 'chain-signature-invalid'; subject: string }

/**
 * Orders the CA certificates uploaded with a leaf along their verified path (issuing CA first, root last). Running
 * out of CAs is normal (the leaf alone, or no root); a look-alike issuer whose signature fails, or a certificate
 * that is not on the path, is refused (`subject` names it) rather than kept as an unverified "chain".
 */
export async function orderUploadedChain(
  leaf: ParsedCertificate,
  others: readonly ParsedCertificate[],
): Promise<UploadedChain> {
  const { chain, chainBreak } = await verifiedChain(
    leaf.pem,
    others.map((c) => c.pem),
  )
  if (chainBreak?.reason === 'signature-invalid') {
    return { ok: false, code: 'chain-signature-invalid', subject: chainBreak.issuer }
  }
  const onPath = chain.flatMap(
    (link) => others.find((c) => c.fingerprintSha256 === link.fingerprintSha256) ?? [],
  )
  const stray = others.find((c) => !onPath.includes(c))
  if (stray) return { ok: false, code: 'chain-does-not-link', subject: stray.subject.text }
  return { ok: true, chain: onPath }
}
