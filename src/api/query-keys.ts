/**
 * The roots of every query key. Anything that changes simulated time or the landscape invalidates
 * `all` (a clock move can change every resource); finer invalidations use the resource roots.
 */
export const queryKeys = {
  all: ['rotation-lab'] as const,
  clock: ['rotation-lab', 'clock'] as const,
  scenarios: ['rotation-lab', 'scenarios'] as const,
  clientCertificates: ['rotation-lab', 'client-certificates'] as const,
  communicationSystems: ['rotation-lab', 'communication-systems'] as const,
  communicationArrangements: ['rotation-lab', 'communication-arrangements'] as const,
  communicationScenarios: ['rotation-lab', 'communication-scenarios'] as const,
  externalSystems: ['rotation-lab', 'external-systems'] as const,
  readiness: ['rotation-lab', 'readiness'] as const,
  events: ['rotation-lab', 'events'] as const,
  sapTrustCenter: ['rotation-lab', 'sap-trust-center'] as const,
  customerCa: ['rotation-lab', 'customer-ca'] as const,
  /** The lab server's instructor API: landscapes of the server, not of one landscape (not below `all`). */
  instructor: ['rotation-lab-instructor'] as const,
}
