/** Once per run of the api-over-http-pglite project (only with PostgreSQL for the run): says so. */
export default function setup() {
  console.info('API tests over HTTP once more, against a lab server on PGlite in memory.')
}
