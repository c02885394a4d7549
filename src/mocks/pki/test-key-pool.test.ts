import { describe, expect, it } from 'vitest'
import { readTestKeyPool } from './test-key-pool.test-helper'
import { RSA_SHA256 } from './web-crypto'

// test-key-pool.setup.ts, a setup file of vitest.config.ts, has installed the pool in this process.
const { subtle } = globalThis.crypto
const pool = readTestKeyPool()
const base64 = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('base64')
const data = new TextEncoder().encode('signed by a pooled key')

describe("the unit tests' key pool", () => {
  it('answers an RSA-2048 / SHA-256 request with a key of the pool, each key once', async () => {
    const first = await subtle.generateKey(RSA_SHA256, true, ['sign', 'verify'])
    const second = await subtle.generateKey(RSA_SHA256, true, ['sign', 'verify'])
    const [a, b] = await Promise.all([
      subtle.exportKey('pkcs8', first.privateKey),
      subtle.exportKey('pkcs8', second.privateKey),
    ])
    expect(pool).toContain(base64(a))
    expect(pool).toContain(base64(b))
    expect(base64(a)).not.toBe(base64(b))
  })

  it('gives the pair a generated one has: a private key as asked that signs, an extractable public key that verifies', async () => {
    const { privateKey, publicKey } = await subtle.generateKey(RSA_SHA256, false, [
      'sign',
      'verify',
    ])
    expect(privateKey).toMatchObject({ type: 'private', extractable: false, usages: ['sign'] })
    expect(publicKey).toMatchObject({ type: 'public', extractable: true, usages: ['verify'] })
    expect(privateKey.algorithm).toMatchObject({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048 })
    const signature = await subtle.sign('RSASSA-PKCS1-v1_5', privateKey, data)
    expect(await subtle.verify('RSASSA-PKCS1-v1_5', publicKey, signature, data)).toBe(true)
  })

  it('still generates what it does not hold: other algorithms and sizes', async () => {
    const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])
    expect(ec.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' })
    const small = await subtle.generateKey({ ...RSA_SHA256, modulusLength: 1024 }, true, ['sign'])
    expect(small.privateKey.algorithm).toMatchObject({ modulusLength: 1024 })
    expect(pool).not.toContain(base64(await subtle.exportKey('pkcs8', small.privateKey)))
  })
})
