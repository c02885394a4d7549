// Plain names, no schema: the page reads them at start-up (src/api/served-link.ts), and importing
// them from a contract with zod schemas put zod and those schemas into the startup JavaScript.

/**
 * The URL parameters of a link that puts a landscape into a scenario and date at page load, and
 * `replace=1`, with which a demo or test replaces saved work without being asked (docs/demos.md).
 */
export const linkParameterNames = ['scenario', 'date', 'replace'] as const
