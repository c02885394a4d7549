import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createLabApp, type LabAppOptions } from './app'

export interface RunningLabServer {
  /** e.g. http://127.0.0.1:8080 (no trailing slash). */
  origin: string
  close(): Promise<void>
}

/** Listens on `port` (0: any free port, for tests) until closed. */
export function startLabServer(
  options: LabAppOptions & { port?: number; hostname?: string },
): Promise<RunningLabServer> {
  const app = createLabApp(options)
  const hostname = options.hostname ?? '127.0.0.1'
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 0,
        hostname,
        // MSW's HttpResponse extends the global Response: keep Node's own, not the adapter's.
        overrideGlobalObjects: false,
      },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          origin: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()))
              // Keep-alive connections would hold close() open until they time out.
              if ('closeAllConnections' in server) server.closeAllConnections()
            }),
        })
      },
    )
  })
}
