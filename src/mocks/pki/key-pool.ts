import { generateRsaKeyPair } from './web-crypto'

/**
 * Supplies subject key pairs for issued certificates. RSA-2048 generation dominates issuance cost, so the pool
 * keeps a small stock generated ahead of time, and hands one shared pair to certificates that are issued and
 * removed inside the same clock jump (nobody can export, assign or present them while they are current).
 */
export interface KeyPool {
  /** A key pair for a new certificate: `transient` ones share one pair, others get a fresh pair (from stock when possible). */
  take(options?: { transient?: boolean }): Promise<CryptoKeyPair>
  /** Generates pairs in the background until the stock holds `count` (call on idle, e.g. after a reset or a jump). */
  prefill(count: number): Promise<void>
  /** Pairs ready now. */
  readonly stock: number
}

/** Creates a key pool; `generate` is injectable so tests can count generations. */
export function createKeyPool(
  generate: () => Promise<CryptoKeyPair> = generateRsaKeyPair,
): KeyPool {
  const ready: CryptoKeyPair[] = []
  let sharedTransient: Promise<CryptoKeyPair> | null = null
  let filling: Promise<void> | null = null

  async function fill(count: number): Promise<void> {
    // One after another: WebCrypto already works off the main thread, and on two cores 20 pairs in parallel
    // took 1.0 s against 1.1 s in sequence (Chromium) — not worth hogging both cores while the user works.
    while (ready.length < count) ready.push(await generate())
  }

  return {
    async take(options = {}) {
      if (options.transient) {
        // A failed generation must not stay cached as a rejected promise.
        sharedTransient ??= generate().catch((error: unknown) => {
          sharedTransient = null
          throw error
        })
        return sharedTransient
      }
      // Never wait for a running prefill: take from stock or generate now.
      return ready.shift() ?? generate()
    },
    prefill(count) {
      // Chained so two prefills never generate side by side.
      const run: Promise<void> = (filling ?? Promise.resolve()).then(() => fill(count))
      filling = run
      void run
        .finally(() => {
          if (filling === run) filling = null
        })
        .catch(() => undefined)
      return run
    },
    get stock() {
      return ready.length
    },
  }
}
