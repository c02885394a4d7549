// The walk's guards (loops, depth, non-CA certificates), on hand-made EC P-256 certificates: quick to generate.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { describe, expect, it } from 'vitest'
import { webCrypto } from './web-crypto'
import { newSerialNumber } from './serial-number'
import { verifiedChain } from './verified-chain'

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }

const newKeys = () => webCrypto.subtle.generateKey(EC, false, ['sign', 'verify'])

/** A certificate named CN=`subject`, issued in the name CN=`issuer` and signed with `signingKey`. */
async function certificate(
  subject: string,
  issuer: string,
  keys: CryptoKeyPair,
  signingKey: CryptoKey,
  ca = true,
): Promise<string> {
  const generated = await x509.X509CertificateGenerator.create(
    {
      serialNumber: newSerialNumber(),
      subject: `CN=${subject}`,
      issuer: `CN=${issuer}`,
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2040-01-01T00:00:00Z'),
      signingAlgorithm: EC,
      publicKey: keys.publicKey,
      signingKey,
      extensions: [new x509.BasicConstraintsExtension(ca, undefined, true)],
    },
    webCrypto,
  )
  return generated.toString('pem')
}

describe('verifiedChain guards', () => {
  it('ends a loop of cross-signed CAs with issuer-not-found', async () => {
    const [x, y, leafKeys] = await Promise.all([newKeys(), newKeys(), newKeys()])
    const cas = await Promise.all([
      certificate('X', 'Y', x, y.privateKey),
      certificate('Y', 'X', y, x.privateKey),
    ])
    const leaf = await certificate('leaf', 'X', leafKeys, x.privateKey, false)
    const { chain, chainBreak } = await verifiedChain(leaf, cas)
    expect(chain.map((link) => link.subject)).toEqual(['CN=X', 'CN=Y'])
    expect(chainBreak).toEqual({ reason: 'issuer-not-found', issuer: 'CN=X' })
  })

  it('walks at most 8 CA certificates', async () => {
    const keys = await Promise.all(Array.from({ length: 11 }, newKeys))
    // CA 0 is the root; CA n is signed by CA n-1.
    const cas = await Promise.all(
      keys
        .slice(0, 10)
        .map((k, n) =>
          certificate(
            `CA ${n}`,
            `CA ${Math.max(n - 1, 0)}`,
            k,
            keys[Math.max(n - 1, 0)]!.privateKey,
          ),
        ),
    )
    const leafUnder = (n: number) =>
      certificate('leaf', `CA ${n}`, keys[10]!, keys[n]!.privateKey, false)
    const eight = await verifiedChain(await leafUnder(7), cas)
    expect(eight.chain.map((link) => link.subject)).toEqual(
      [7, 6, 5, 4, 3, 2, 1, 0].map((n) => `CN=CA ${n}`),
    )
    expect(eight.chainBreak).toBeUndefined()
    const ten = await verifiedChain(await leafUnder(9), cas)
    expect(ten.chain).toHaveLength(8)
    expect(ten.chainBreak).toEqual({ reason: 'issuer-not-found', issuer: 'CN=CA 1' })
  })

  it('takes only CA certificates as issuers', async () => {
    const [root, leafKeys] = await Promise.all([newKeys(), newKeys()])
    const notCa = await certificate('R', 'R', root, root.privateKey, false)
    const leaf = await certificate('leaf', 'R', leafKeys, root.privateKey, false)
    expect(await verifiedChain(leaf, [notCa])).toEqual({
      chain: [],
      chainBreak: { reason: 'issuer-not-found', issuer: 'CN=R' },
    })
  })

  it('continues past a self-named certificate whose self-signature fails', async () => {
    const [root, impostor] = await Promise.all([newKeys(), newKeys()])
    const real = await certificate('R', 'R', root, root.privateKey)
    // Named like its own issuer, but signed by the real root: not self-signed, it chains to R.
    const crossSigned = await certificate('R', 'R', impostor, root.privateKey)
    const { chain, chainBreak } = await verifiedChain(crossSigned, [real])
    expect(chain.map((link) => link.subject)).toEqual(['CN=R'])
    expect(chainBreak).toBeUndefined()
    // One signed by a key that no CA of that name holds breaks.
    const forged = await certificate('R', 'R', root, impostor.privateKey)
    expect((await verifiedChain(forged, [real])).chainBreak).toEqual({
      reason: 'signature-invalid',
      issuer: 'CN=R',
    })
  })

  it('treats an issuer key of another algorithm as no signer', async () => {
    const rsa = await webCrypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      false,
      ['sign', 'verify'],
    )
    const [ec, leafKeys] = await Promise.all([newKeys(), newKeys()])
    const rsaRoot = await x509.X509CertificateGenerator.createSelfSigned(
      {
        serialNumber: newSerialNumber(),
        name: 'CN=R',
        notBefore: new Date('2020-01-01T00:00:00Z'),
        notAfter: new Date('2040-01-01T00:00:00Z'),
        signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        keys: rsa,
        extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
      },
      webCrypto,
    )
    const leaf = await certificate('leaf', 'R', leafKeys, ec.privateKey, false)
    expect((await verifiedChain(leaf, [rsaRoot.toString('pem')])).chainBreak).toEqual({
      reason: 'signature-invalid',
      issuer: 'CN=R',
    })
  })
})
