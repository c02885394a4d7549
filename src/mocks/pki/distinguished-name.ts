// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'

/** The name parts SAP shows under Issued To / Issued By. */
export interface NameParts {
  CN: string
  OU?: string
  O?: string
  L?: string
  ST?: string
  C?: string
}

/** A distinguished name as parts plus its one-line form (RFC 4514 order: CN first, e.g. "CN=…, OU=…, O=SAP SE, C=DE"). */
export interface DistinguishedName extends NameParts {
  text: string
}

// X.500 convention encodes from the most general to the most specific attribute; openssl prints this order.
const ENCODING_ORDER = ['C', 'ST', 'L', 'O', 'OU', 'CN'] as const

/** Builds the ASN.1 name (encoding order C, ST, L, O, OU, CN) for the certificate generator. */
export function toX509Name(parts: NameParts): x509.Name {
  const rdns: x509.JsonAttributeAndObjectValue[] = []
  for (const key of ENCODING_ORDER) {
    const value = parts[key]
    if (value !== undefined && value !== '') rdns.push({ [key]: [literal(value)] })
  }
  return new x509.Name(rdns)
}

// The string type spelled out: given a bare string, the library reads a leading "#" as hex and strips quotes and
// backslashes, and a name an administrator typed must be encoded as typed. PrintableString when it fits, as before.
const literal = (value: string): x509.JsonAttributeObject =>
  x509.Name.isPrintableString(value) ? { printableString: value } : { utf8String: value }

/** Reads a certificate name back into parts and text; attributes beyond the six known ones appear only in text. */
export function readName(name: x509.Name): DistinguishedName {
  const rdns = name.toJSON()
  const first = (key: string): string | undefined => name.getField(key)[0]
  const text = [...rdns]
    .reverse()
    .map((rdn) =>
      Object.entries(rdn)
        .flatMap(([key, values]) => values.map((value) => `${key}=${escapeValue(value)}`))
        .join('+'),
    )
    .join(', ')
  const parts: NameParts = { CN: first('CN') ?? '' }
  for (const key of ['OU', 'O', 'L', 'ST', 'C'] as const) {
    const value = first(key)
    if (value !== undefined) parts[key] = value
  }
  return { ...parts, text }
}

// RFC 4514 escaping, so a comma inside an O= value cannot be mistaken for a separator.
function escapeValue(value: string): string {
  return value
    .replace(/([,+"\\<>;])/g, '\\$1')
    .replace(/^([ #])/, '\\$1')
    .replace(/ $/, '\\ ')
}
