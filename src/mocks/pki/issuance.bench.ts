import { bench, describe } from 'vitest'
import { createCaChain, type CaChain } from './ca'
import { abapSystemSubject, issueCertificate } from './issue-certificate'
import { createKeyPool } from './key-pool'
import { generateRsaKeyPair } from './web-crypto'

// Figures for docs/decisions/004-certificates.md: `npx vitest bench --run src/mocks/pki`.
// Top-level await: bench files get no beforeAll.
const ca: CaChain = await createCaChain()
const keys: CryptoKeyPair = await generateRsaKeyPair()
const subject = abapSystemSubject('abc-123.abap.eu10.hana.ondemand.com')

async function jump(take: (i: number) => Promise<CryptoKeyPair | undefined>): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const year = 2027 + Math.floor(i / 2)
    const validFrom = `${year}-${i % 2 === 0 ? '02' : '08'}-01`
    await issueCertificate(ca, {
      subject,
      validFrom,
      validTo: `${year + 1}-${validFrom.slice(5)}`,
      keys: await take(i),
    })
  }
}

describe('certificate issuance (RSA-2048, SHA-256)', () => {
  bench('generate one RSA-2048 key pair', () => generateRsaKeyPair().then(() => undefined), {
    iterations: 20,
    time: 0,
  })
  bench(
    'create a CA chain (2 key pairs, 2 signatures)',
    () => createCaChain().then(() => undefined),
    { iterations: 5, time: 0 },
  )
  bench(
    'issue one certificate with a ready key pair',
    () =>
      issueCertificate(ca, { subject, validFrom: '2027-02-01', validTo: '2028-02-01', keys }).then(
        () => undefined,
      ),
    { iterations: 50, time: 0 },
  )
  bench('ten-year jump: 20 issuances, fresh key pair each', () => jump(async () => undefined), {
    iterations: 3,
    time: 0,
    warmupIterations: 0,
  })
  bench(
    'ten-year jump: 20 issuances, 18 transient + 2 fresh',
    () => {
      const pool = createKeyPool()
      return jump((i) => pool.take({ transient: i < 18 }))
    },
    { iterations: 5, time: 0, warmupIterations: 0 },
  )
  bench('ten-year jump: 20 issuances, keys ready (prefilled stock)', () => jump(async () => keys), {
    iterations: 5,
    time: 0,
  })
})
