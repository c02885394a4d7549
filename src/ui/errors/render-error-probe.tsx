/**
 * A screen that fails on purpose (`#/Diagnostics-renderError`), part of the fault-injection kit:
 * UX prototypes and the e2e suite use it to see the error boundary work in the production build.
 */
export function RenderErrorProbe(): never {
  throw new Error('Deliberate render error (Diagnostics-renderError)')
}
