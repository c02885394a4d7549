export { cachedScenarioBuilder } from '../mocks/testing/scenario-cache'

/** fetch with JSON in and out, against a running lab server. */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; token?: string } = {},
) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the body loosely and assert on it
  const body: any =
    text && response.headers.get('Content-Type')?.includes('json') ? JSON.parse(text) : text
  return { status: response.status, headers: response.headers, body }
}
