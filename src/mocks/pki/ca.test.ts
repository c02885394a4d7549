import { beforeAll, describe, expect, it } from 'vitest'
import { X509Certificate } from 'node:crypto'
import 'fake-indexeddb/auto'
import { createCaChain, restoreCaChain, type CaChain } from './ca'
import { issueCertificate, abapSystemSubject } from './issue-certificate'
import { openssl, tempFile } from './openssl.test-helper'

let ca: CaChain

beforeAll(async () => {
  ca = await createCaChain()
})

describe('createCaChain', () => {
  it('creates a self-signed root and a client CA signed by it', () => {
    const root = new X509Certificate(ca.record.root.pem)
    const clientCa = new X509Certificate(ca.record.clientCa.pem)
    expect(root.ca && clientCa.ca).toBe(true)
    expect(root.checkIssued(root)).toBe(true)
    expect(clientCa.checkIssued(root) && clientCa.verify(root.publicKey)).toBe(true)
    expect(ca.record.root.material.subject.text).toBe(
      'CN=SAP Cloud Root CA (simulated), O=SAP SE, C=DE',
    )
    expect(ca.record.clientCa.material.subject.text).toBe(
      'CN=SAP PKI Certificate Service Client CA (simulated), OU=SAP BTP Clients, O=SAP SE, L=Walldorf, C=DE',
    )
    expect(ca.record.clientCa.material.issuer.text).toBe(ca.record.root.material.subject.text)
    expect(ca.record.clientCa.material).toMatchObject({
      publicKeyAlgorithm: 'RSA 2048',
      signatureAlgorithm: 'sha256WithRSAEncryption',
      isCa: true,
    })
  })

  it('passes openssl verify as a chain', () => {
    const root = tempFile('ca-root.pem', ca.record.root.pem)
    const clientCa = tempFile('ca-client.pem', ca.record.clientCa.pem)
    expect(openssl('verify', '-CAfile', root, clientCa).trim()).toBe(`${clientCa}: OK`)
  })

  it('keeps the signing key non-extractable and out of the record', async () => {
    expect(ca.signingKey.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', ca.signingKey)).rejects.toThrow()
    const json = JSON.stringify(ca.record)
    expect(json).not.toMatch(/PRIVATE KEY/)
    expect(JSON.parse(json)).toEqual(ca.record)
  })
})

describe('restoreCaChain', () => {
  it('round-trips through IndexedDB (JSON record + structured-clone CryptoKey) and issues again', async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('pki-test', 1)
      request.onupgradeneeded = () => request.result.createObjectStore('state')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const put = db
      .transaction('state', 'readwrite')
      .objectStore('state')
      .put({ json: JSON.stringify(ca.record), signingKey: ca.signingKey }, 'ca')
    await new Promise((resolve) => (put.onsuccess = resolve))
    const get = db.transaction('state').objectStore('state').get('ca')
    const stored = await new Promise<{ json: string; signingKey: CryptoKey }>((resolve) => {
      get.onsuccess = () => resolve(get.result as { json: string; signingKey: CryptoKey })
    })
    const restored = await restoreCaChain(JSON.parse(stored.json), stored.signingKey)
    expect(restored.signingKey.extractable).toBe(false)
    const issued = await issueCertificate(restored, {
      subject: abapSystemSubject('abc-123.abap.eu10.hana.ondemand.com'),
      validFrom: '2027-02-01',
      validTo: '2028-02-01',
    })
    const leaf = new X509Certificate(issued.record.pem)
    expect(leaf.verify(new X509Certificate(ca.record.clientCa.pem).publicKey)).toBe(true)
  })

  it('rejects a key that belongs to another chain', async () => {
    const other = await createCaChain()
    await expect(restoreCaChain(ca.record, other.signingKey)).rejects.toThrow(/does not belong/)
  })
})
