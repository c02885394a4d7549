import type { RequestHandler } from 'msw'

/** Every route of the simulated backend, one group per resource. */
export const handlers: RequestHandler[] = []
