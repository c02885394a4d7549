import type { OpenLinkResponse } from './contracts/checkpoints'
import { linkParameterNames } from './contracts/link-parameters'
import { requestJson } from './http-client'

/**
 * On a page the lab server served: hands the page's `?scenario=&date=&replace=` to its landscape
 * (`POST api/simulation/link`) once, and takes them off the address bar first, so that a reload
 * does not apply them again — what the page's own backend does in the browser-only mode. A link
 * that would replace saved work waits for an answer (the shell's link confirmation asks). Never
 * fails: a problem is reported in the console, as the browser-only mode reports it.
 */
export async function openServedLink(): Promise<void> {
  const search = new URLSearchParams(window.location.search)
  const given = linkParameterNames.filter((name) => search.has(name))
  if (given.length === 0) return
  const url = new URL(window.location.href)
  for (const name of linkParameterNames) url.searchParams.delete(name)
  window.history.replaceState(window.history.state, '', url.href)
  try {
    const body = Object.fromEntries(given.map((name) => [name, search.get(name) ?? '']))
    const { data } = await requestJson<OpenLinkResponse>('simulation/link', {
      method: 'POST',
      body,
    })
    for (const problem of data.problems)
      console.error(`Rotation Lab ignored a URL parameter: ${problem}`)
  } catch (error) {
    console.error(`Rotation Lab could not apply the link: ${String(error)}`)
  }
}
