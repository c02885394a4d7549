import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import { changeEventName, subscribedEventName } from '../api/contracts/backend-host'
import type { Landscape } from './landscape'

/** A comment line now and then keeps proxies and load balancers from closing an idle stream. */
const keepAliveMs = 25_000

/**
 * `GET /l/<id>/api/changes/stream`: a `change` event with `{ revision }` for every change saved to
 * the landscape, so each participant's page refreshes what another one (or the instructor) changed.
 */
export function changeStream(c: Context, landscape: Landscape): Response {
  return streamSSE(c, async (stream) => {
    const unsubscribe = landscape.onChange((revision) => {
      void stream.writeSSE({ event: changeEventName, data: JSON.stringify({ revision }) })
    })
    stream.onAbort(unsubscribe)
    // Told at once, so a page knows it is subscribed (and tests need not guess when).
    await stream.writeSSE({ event: subscribedEventName, data: '{}' })
    while (!stream.aborted) {
      await stream.sleep(keepAliveMs)
      if (!stream.aborted) await stream.write(': keep-alive\n\n')
    }
    unsubscribe()
  })
}
