import { http, HttpResponse } from 'msw'
import type { ImportLandscapeResponse } from '../../api/contracts/checkpoints'
import { readLandscapeFile, toLandscapeFile } from '../backend/landscape-file'
import { reissueLandscape } from '../backend/reissue-landscape'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { errorResponse } from '../http/responses'
import { route } from '../http/route'
import { clockView } from '../views/clock-view'

/** GET /api/simulation/export (a JSON file without keys) and POST /api/simulation/import (that file). */
export function landscapeHandlers(backend: SimulatedBackend, now: () => Date = () => new Date()) {
  return [
    http.get(
      '*/api/simulation/export',
      route(async () => {
        const system = await backend.read()
        const fileName = `rotation-lab-landscape-${system.state.today}.json`
        return new HttpResponse(JSON.stringify(toLandscapeFile(system, now()), null, 1), {
          headers: {
            'Content-Type': 'application/json',
            'Content-Disposition': `attachment; filename="${fileName}"`,
          },
        })
      }),
    ),
    http.post(
      '*/api/simulation/import',
      route(async ({ request }) => {
        const read = readLandscapeFile(await request.text())
        if (!read.ok) return errorResponse(400, read.code, read.message, read.details)
        // Everything is checked and made before the current system is replaced, all at once.
        const { system, reissued } = await reissueLandscape(read.file.landscape)
        await backend.replace(system)
        const body: ImportLandscapeResponse = {
          clock: clockView(system.state),
          scenarioId: system.scenarioId,
          systemCount: system.state.systems.length,
          reissuedCertificates: reissued,
          message: `The landscape was imported. Files hold no private keys, so its ${reissued} certificates and the CA were issued again with the same dates, subjects and serial numbers and new keys: fingerprints changed, trust stores follow them.`,
        }
        return HttpResponse.json(body)
      }),
    ),
  ]
}
