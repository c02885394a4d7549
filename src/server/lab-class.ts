import type { Landscape } from './landscape'
import { LandscapeRegistry } from './landscape-registry'
import { startLabServer } from './start-server'
import { workloadScenario } from './concurrency-workload'
import { cachedScenarioBuilder, openTestStorage } from './testing'

/**
 * A lab server on loopback, on the test store (openTestStorage), with a landscape in the workload's
 * scenario for each of `trainees` trainees and one more that the participants share.
 */
export async function startLabClass(trainees: number) {
  const registry = await LandscapeRegistry.open(await openTestStorage(), cachedScenarioBuilder())
  const server = await startLabServer({ registry })
  const landscapes: Landscape[] = []
  // One after the other: the first builds the scenario, the others start from that build.
  for (let i = 0; i <= trainees; i++) {
    const created = await registry.create({ scenario: workloadScenario, class: 'concurrency' })
    if (!created.ok) throw new Error(`No landscape: ${await created.response.text()}`)
    landscapes.push(created.landscape)
  }
  const apiBase = (id: string) => `${server.origin}/l/${id}/api/`
  return {
    registry,
    landscapes,
    trainees: landscapes.slice(0, trainees).map((l) => apiBase(l.id)),
    shared: apiBase(landscapes[trainees]!.id),
    async stop() {
      await server.close()
      for (const landscape of landscapes) await registry.delete(landscape.id)
      await registry.close()
    },
  }
}
