/**
 * Remembers up to `limit` values by key, forgetting the oldest first. Only for pure results of immutable inputs
 * (a certificate's parse, a signature check): a value once computed never goes stale.
 */
export class BoundedMemo<V> {
  readonly #values = new Map<string, V>()

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    if (this.#values.has(key)) return this.#values.get(key) as V
    const value = compute() // a throw leaves nothing behind
    if (this.#values.size >= this.limit) this.#values.delete(this.#values.keys().next().value!)
    this.#values.set(key, value)
    return value
  }
}
