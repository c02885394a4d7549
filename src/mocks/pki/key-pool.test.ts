import { describe, expect, it } from 'vitest'
import { X509Certificate } from 'node:crypto'
import { createKeyPool } from './key-pool'
import { createCaChain } from './ca'
import { abapSystemSubject, issueCertificate } from './issue-certificate'
import { generateRsaKeyPair } from './web-crypto'

// A counting stand-in: the pool's policy is tested without paying for RSA generation.
function countingGenerator() {
  const counter = { calls: 0 }
  const generate = async () => {
    counter.calls++
    return {
      publicKey: { id: counter.calls },
      privateKey: { id: counter.calls },
    } as unknown as CryptoKeyPair
  }
  return { counter, generate }
}

describe('createKeyPool', () => {
  it('gives every non-transient take its own pair', async () => {
    const { counter, generate } = countingGenerator()
    const pool = createKeyPool(generate)
    const [a, b] = await Promise.all([pool.take(), pool.take()])
    expect(a).not.toBe(b)
    expect(counter.calls).toBe(2)
  })

  it('shares one pair among transient takes', async () => {
    const { counter, generate } = countingGenerator()
    const pool = createKeyPool(generate)
    const pairs = await Promise.all(
      Array.from({ length: 18 }, () => pool.take({ transient: true })),
    )
    expect(new Set(pairs).size).toBe(1)
    expect(counter.calls).toBe(1)
    expect(await pool.take()).not.toBe(pairs[0])
  })

  it('serves takes from a prefilled stock, then generates on demand', async () => {
    const { counter, generate } = countingGenerator()
    const pool = createKeyPool(generate)
    await pool.prefill(2)
    expect(pool.stock).toBe(2)
    await pool.take()
    await pool.take()
    expect([pool.stock, counter.calls]).toEqual([0, 2])
    await pool.take()
    expect(counter.calls).toBe(3)
  })

  it('never generates two prefills side by side beyond the requested stock', async () => {
    const { counter, generate } = countingGenerator()
    const pool = createKeyPool(generate)
    await Promise.all([pool.prefill(3), pool.prefill(3), pool.prefill(2)])
    expect([pool.stock, counter.calls]).toEqual([3, 3])
  })

  it('does not cache a failed transient generation', async () => {
    let fail = true
    const pool = createKeyPool(async () => {
      if (fail) throw new Error('boom')
      return generateRsaKeyPair()
    })
    await expect(pool.take({ transient: true })).rejects.toThrow('boom')
    fail = false
    expect((await pool.take({ transient: true })).privateKey.extractable).toBe(false)
  })

  it('a ten-year jump with transient keys still issues 20 real, distinct certificates', async () => {
    const ca = await createCaChain()
    const pool = createKeyPool()
    const clientCa = new X509Certificate(ca.record.clientCa.pem)
    const issued = []
    for (let i = 0; i < 20; i++) {
      const year = 2027 + Math.floor(i / 2)
      const validFrom = `${year}-${i % 2 === 0 ? '02' : '08'}-01`
      const validTo = `${year + 1}-${validFrom.slice(5)}`
      // The last two survive the jump (Client Default Expiring and Client Default): they get their own keys.
      const keys = await pool.take({ transient: i < 18 })
      issued.push(
        await issueCertificate(ca, {
          subject: abapSystemSubject('abc-123.abap.eu10.hana.ondemand.com'),
          validFrom,
          validTo,
          keys,
        }),
      )
    }
    const fingerprints = new Set(issued.map((c) => c.record.material.fingerprintSha256))
    const serials = new Set(issued.map((c) => c.record.material.serialNumber))
    expect([fingerprints.size, serials.size]).toEqual([20, 20])
    expect(issued.every((c) => new X509Certificate(c.der).verify(clientCa.publicKey))).toBe(true)
    const publicKeys = new Set(
      issued.map((c) =>
        new X509Certificate(c.der).publicKey
          .export({ format: 'der', type: 'spki' })
          .toString('hex'),
      ),
    )
    expect(publicKeys.size).toBe(3)
  })
})
