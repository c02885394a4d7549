// A reader for Java `.properties` text, the format of UI5's i18n bundles. UI5's own parser needs a
// browser `window`, which the Node unit tests have not; this one is the part of the format we use.

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f' }

function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escaped: string) =>
    escaped.length === 5
      ? String.fromCharCode(parseInt(escaped.slice(1), 16))
      : (escapes[escaped] ?? escaped),
  )
}

/** Logical lines: comments and blank lines dropped, lines ending in an odd number of `\` joined. */
function logicalLines(source: string): string[] {
  const lines: string[] = []
  let pending = ''
  for (const physical of source.split(/\r\n|\r|\n/)) {
    const line = physical.trimStart()
    if (pending === '' && (line === '' || line.startsWith('#') || line.startsWith('!'))) continue
    const continued = /(?<!\\)(\\\\)*\\$/.test(line)
    pending += continued ? line.slice(0, -1) : line
    if (!continued) {
      lines.push(pending)
      pending = ''
    }
  }
  if (pending !== '') lines.push(pending)
  return lines
}

/** `key=value`, `key: value` or `key value`; a separator escaped with `\` belongs to the key. */
export function parseProperties(source: string): Record<string, string> {
  const table: Record<string, string> = {}
  for (const line of logicalLines(source)) {
    const separator = /(?<!\\)(?:\\\\)*(\s*[=:]\s*|\s+)/.exec(line)
    const keyEnd = separator
      ? separator.index + separator[0].length - separator[1]!.length
      : line.length
    const key = line.slice(0, keyEnd)
    const value = separator ? line.slice(keyEnd + separator[1]!.length) : ''
    table[unescape(key)] = unescape(value)
  }
  return table
}
