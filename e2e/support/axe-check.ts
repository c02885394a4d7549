import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { axeAllowlist } from './axe-allowlist'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what issue 8 asks of every screen. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** One violating element, flattened for a readable failure message. */
export interface AxeFinding {
  readonly rule: string
  readonly impact: string
  readonly target: string
  readonly help: string
  readonly summary: string
}

/** axe's target is a selector list; shadow-DOM steps come as nested arrays. */
function targetText(target: unknown): string {
  return (Array.isArray(target) ? target : [target])
    .map((step) => (Array.isArray(step) ? step.join(' >> ') : String(step)))
    .join(' , ')
}

function allowed(finding: AxeFinding): boolean {
  return axeAllowlist.some(
    (entry) => entry.rule === finding.rule && entry.target.test(finding.target),
  )
}

/**
 * Runs axe on the whole page (shadow roots included) and returns the serious and critical
 * violations that the allowlist does not explain. Moderate and minor findings are not a failure.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  // Legacy mode runs axe in the page itself: the app has no frames, and the default mode opens a
  // second page per check to merge frame results (~0.8 s of a ~2.4 s check). Only violations are
  // collected: passes and incomplete results, aggregated and serialised per node, were a quarter of
  // each check, and nothing reads them.
  const results = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        target: targetText(node.target),
        help: violation.help,
        summary: node.failureSummary ?? '',
      })),
    )
    .filter((finding) => !allowed(finding))
}
