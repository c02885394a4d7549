import { beforeAll, describe, expect, it } from 'vitest'
import { createCaChain, DEFAULT_CLIENT_CA_NAME, type CaChain, type CertificateRecord } from './ca'
import { abapSystemSubject, issueCertificate } from './issue-certificate'
import { generateRsaKeyPair } from './web-crypto'
import { verifiedChain, type ChainLink } from './verified-chain'
import { openssl, tempFile } from './openssl.test-helper'

// RSA-2048 key generation is slow: four chains, made once for the whole file.
let sap: CaChain // the default names
let other: CaChain // other names
let lookAlike: CaChain // the default names again, other keys
let shortLived: CaChain // ends early
let leaf: string
let otherLeaf: string
let lookAlikeLeaf: string
let shortLivedLeaf: string

beforeAll(async () => {
  ;[sap, other, lookAlike, shortLived] = await Promise.all([
    createCaChain(),
    createCaChain({
      rootName: { CN: 'Example Root CA', O: 'Example Corp', C: 'US' },
      clientCaName: { CN: 'Example Issuing CA', O: 'Example Corp', C: 'US' },
    }),
    createCaChain(),
    createCaChain({ validFrom: '2020-01-01', validTo: '2030-06-30' }),
  ])
  const keys = await generateRsaKeyPair()
  const issue = async (ca: CaChain) =>
    (
      await issueCertificate(ca, {
        subject: abapSystemSubject('abc-123.abap.eu10.hana.ondemand.com'),
        validFrom: '2027-02-01',
        validTo: '2028-02-01',
        keys,
      })
    ).record.pem
  ;[leaf, otherLeaf, lookAlikeLeaf, shortLivedLeaf] = await Promise.all([
    issue(sap),
    issue(other),
    issue(lookAlike),
    issue(shortLived),
  ])
})

const pemsOf = (ca: CaChain) => [ca.record.clientCa.pem, ca.record.root.pem]
const linkOf = ({ material }: CertificateRecord): ChainLink => ({
  fingerprintSha256: material.fingerprintSha256,
  subject: material.subject.text,
  validFrom: material.validFrom,
  validTo: material.validTo,
})
const clientCaText = () => sap.record.clientCa.material.subject.text
const rootText = () => sap.record.root.material.subject.text

describe('verifiedChain', () => {
  it('walks a leaf up to its client CA and root, in any order of the CA certificates', async () => {
    const expected = { chain: [linkOf(sap.record.clientCa), linkOf(sap.record.root)] }
    expect(await verifiedChain(leaf, pemsOf(sap))).toEqual(expected)
    expect(await verifiedChain(leaf, [...pemsOf(other), ...pemsOf(sap)].reverse())).toEqual(
      expected,
    )
    expect(expected.chain[0]?.subject).toBe(clientCaText())
  })

  it('gives an empty chain for a self-signed certificate', async () => {
    expect(await verifiedChain(sap.record.root.pem, [])).toEqual({ chain: [] })
  })

  it('breaks with issuer-not-found when no CA certificate has the issuer name', async () => {
    expect(await verifiedChain(otherLeaf, pemsOf(sap))).toEqual({
      chain: [],
      chainBreak: {
        reason: 'issuer-not-found',
        issuer: 'CN=Example Issuing CA, O=Example Corp, C=US',
      },
    })
    expect(await verifiedChain(leaf, [sap.record.clientCa.pem])).toEqual({
      chain: [linkOf(sap.record.clientCa)],
      chainBreak: { reason: 'issuer-not-found', issuer: rootText() },
    })
  })

  it('breaks with signature-invalid when CAs of that name exist but none signed it', async () => {
    expect(lookAlike.record.clientCa.material.subject.text).toBe(clientCaText())
    expect(await verifiedChain(lookAlikeLeaf, pemsOf(sap))).toEqual({
      chain: [],
      chainBreak: { reason: 'signature-invalid', issuer: clientCaText() },
    })
    expect(DEFAULT_CLIENT_CA_NAME.CN).toBe('SAP PKI Certificate Service Client CA (simulated)')
  })

  it('does not end at a look-alike root, and picks the signer among same-named CAs', async () => {
    expect(await verifiedChain(leaf, [sap.record.clientCa.pem, lookAlike.record.root.pem])).toEqual(
      {
        chain: [linkOf(sap.record.clientCa)],
        chainBreak: { reason: 'signature-invalid', issuer: rootText() },
      },
    )
    const mixed = [...pemsOf(lookAlike), ...pemsOf(sap)]
    expect((await verifiedChain(leaf, mixed)).chain).toEqual([
      linkOf(sap.record.clientCa),
      linkOf(sap.record.root),
    ])
    expect((await verifiedChain(lookAlikeLeaf, mixed)).chain).toEqual([
      linkOf(lookAlike.record.clientCa),
      linkOf(lookAlike.record.root),
    ])
  })

  it('carries the validity of every link without judging it', async () => {
    const { chain, chainBreak } = await verifiedChain(shortLivedLeaf, pemsOf(shortLived))
    expect(chainBreak).toBeUndefined()
    expect(chain.map(({ validFrom, validTo }) => [validFrom, validTo])).toEqual([
      ['2020-01-01', '2030-06-30'],
      ['2020-01-01', '2030-06-30'],
    ])
  })

  it('agrees with openssl verify', () => {
    const caFile = tempFile('verified-chain-cas.pem', pemsOf(sap).join(''))
    const good = tempFile('verified-chain-good.pem', leaf)
    const bad = tempFile('verified-chain-bad.pem', lookAlikeLeaf)
    // -attime: a day inside the leaves' validity (2027-02-01 … 2028-02-01), as the simulation would check.
    const at = String(Date.UTC(2027, 5, 1) / 1000)
    expect(openssl('verify', '-attime', at, '-CAfile', caFile, good).trim()).toBe(`${good}: OK`)
    // openssl matches the leaf's authority key identifier first, so it reports the look-alike as
    // "unable to get local issuer certificate" (error 20) rather than as a signature failure: refused either way.
    expect(() => openssl('verify', '-attime', at, '-CAfile', caFile, bad)).toThrow(
      /verification failed/,
    )
  })
})
