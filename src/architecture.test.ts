import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The layer rules live in eslint.config.js; these cases prove that a wrong import fails `npm test`.
const eslint = new ESLint()

async function importErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => `${message.ruleId}: ${message.message}`)
}

describe('import direction (docs/architecture)', () => {
  it.each([
    ['src/domain/probe.ts', "import { useState } from 'react'\nexport const x = useState"],
    ['src/domain/probe.ts', "import { handlers } from '../mocks/handlers'\nexport const x = handlers"],
    ['src/domain/probe.ts', 'export const today = Date.now()'],
    ['src/domain/probe.ts', 'export const today = new Date()'],
    ['src/api/probe.ts', "import { handlers } from '../mocks/handlers'\nexport const x = handlers"],
    ['src/ui/probe.ts', "import { handlers } from '../mocks/handlers'\nexport const x = handlers"],
    ['src/apps/probe-app/probe.ts', "import { handlers } from '../../mocks/handlers'\nexport const x = handlers"],
    ['src/mocks/probe.ts', "import { LaunchpadPage } from '../ui/launchpad/launchpad-page'\nexport const x = LaunchpadPage"],
    ['src/mocks/probe.ts', "import { newLandscapeId } from '../server/landscape-id'\nexport const x = newLandscapeId"],
    ['src/main-probe.ts', "import { newLandscapeId } from './server/landscape-id'\nexport const x = newLandscapeId"],
    ['src/server/probe.ts', "import { apiUrl } from '../api/http-client'\nexport const x = apiUrl"],
  ])('%s rejects: %s', async (filePath, code) => {
    const errors = await importErrors(filePath, code)
    // The rule that fires must be a boundary rule, not a parse error that would also be "an error".
    expect(errors).toEqual([expect.stringMatching(/^(import-x\/no-restricted-paths|no-restricted-\w+):/)])
  })

  it.each([
    ['src/domain/probe.ts', "import type { IsoDate } from './calendar'\nexport type X = IsoDate"],
    ['src/ui/probe.ts', "import { ApiError } from '../api/api-error'\nexport const x = ApiError"],
    ['src/mocks/probe.ts', "import { ApiError } from '../api/api-error'\nexport const x = ApiError"],
    ['src/server/probe.ts', "import { createHandlers } from '../mocks/handlers'\nexport const x = createHandlers"],
    ['src/server/probe.ts', "import { clock } from '../api/contracts/clock'\nexport const x = clock"],
    // The shared vocabulary: links, roles, readiness words, for every app.
    ['src/apps/probe-app/probe.ts', "import { outboundUserHref } from '../../ui/links/app-links'\nexport const x = outboundUserHref"],
    ['src/apps/probe-app/probe.ts', "import { CLIENT_DEFAULT } from '../../ui/words/certificate-role-words'\nexport const x = CLIENT_DEFAULT"],
  ])('%s allows: %s', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([])
  })
})

describe('import cycles', () => {
  it('rejects a module that imports what imports it (the i18n cycle, were the ui bundle to apply languages)', async () => {
    const code = "import { applyLanguage } from './apply-language'\nexport const x = applyLanguage"
    expect(await importErrors('src/ui/i18n/ui-text-bundle.ts', code)).toEqual([
      expect.stringMatching(/^import-x\/no-cycle:/),
    ])
  })
})
