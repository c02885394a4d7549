/** The subject an administrator enters for a signing request (the DN parts SAP's Create dialog offers). */
export interface SubjectInput {
  CN: string
  O?: string
  OU?: string
  L?: string
  ST?: string
  C?: string
}

type SubjectField = keyof SubjectInput

// RFC 5280 Appendix A upper bounds (ub-common-name, ub-organization-name, …, ub-state-name), in characters.
const MAX_LENGTH: Record<SubjectField, number> = { CN: 64, O: 64, OU: 64, L: 64, ST: 128, C: 2 }
const FIELDS = Object.keys(MAX_LENGTH) as SubjectField[]
const LABEL: Record<SubjectField, string> = {
  CN: 'The common name (CN)',
  O: 'The organization (O)',
  OU: 'The organizational unit (OU)',
  L: 'The locality (L)',
  ST: 'The state or province (ST)',
  C: 'The country (C)',
}
// Control, format (zero-width, bidi overrides), surrogate, private-use and unassigned code points: invisible or
// look-alike in a DN, and some CAs refuse them; nothing an administrator means to type.
const UNWANTED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u

/**
 * What is wrong with each field of an entered subject, as sentences an administrator can act on; an empty record
 * means valid. Values are judged trimmed, as createSigningRequest uses them; fields other than the six are ignored.
 */
export function subjectIssues(subject: unknown): Partial<Record<SubjectField, string>> {
  if (typeof subject !== 'object' || subject === null || Array.isArray(subject)) {
    return { CN: 'Enter a subject with at least a common name (CN).' }
  }
  const issues: Partial<Record<SubjectField, string>> = {}
  for (const field of FIELDS) {
    const issue = fieldIssue(field, (subject as Record<string, unknown>)[field])
    if (issue) issues[field] = issue
  }
  return issues
}

function fieldIssue(field: SubjectField, raw: unknown): string | undefined {
  if (raw === undefined || raw === null) return field === 'CN' ? required() : undefined
  if (typeof raw !== 'string') return `${LABEL[field]} must be text.`
  const value = raw.trim()
  if (value === '') return field === 'CN' ? required() : undefined
  const unwanted = UNWANTED.exec(value)?.[0]
  if (unwanted !== undefined) {
    const code = `U+${(unwanted.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    return `${LABEL[field]} contains an invisible or control character (${code}); type it again without it.`
  }
  if (field === 'C') {
    return /^[A-Z]{2}$/.test(value)
      ? undefined
      : 'The country (C) must be a two-letter ISO 3166 code in capitals, e.g. DE or US.'
  }
  const length = [...value].length
  return length > MAX_LENGTH[field]
    ? `${LABEL[field]} may have at most ${MAX_LENGTH[field]} characters; it has ${length}.`
    : undefined
}

const required = () =>
  'Enter a common name (CN), e.g. the host name or the name of the system that uses the certificate.'

/** The subject as it goes into the request: values trimmed, empty optional fields left out. */
export function normalizeSubject(subject: SubjectInput): SubjectInput {
  const normalized: SubjectInput = { CN: subject.CN.trim() }
  for (const field of FIELDS) {
    const value = subject[field]?.trim()
    if (field !== 'CN' && value) normalized[field] = value
  }
  return normalized
}
