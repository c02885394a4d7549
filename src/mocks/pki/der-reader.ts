/** One BER/DER element: its tag, where its content lies and where it ends (after an end-of-contents for BER). */
export interface DerElement {
  tag: number
  start: number
  contentStart: number
  contentEnd: number
  end: number
}

// Guards against hostile nesting in uploads: real certificates and key stores never nest this deep.
const MAX_DEPTH = 32

/**
 * Reads the element at offset, or null when the bytes are not a well-formed element there. Definite lengths as in DER;
 * also BER's indefinite length, because Windows and Java write .p7b and .pfx files that way.
 */
export function readElement(
  bytes: Uint8Array,
  offset: number,
  limit = bytes.length,
  depth = 0,
): DerElement | null {
  const tag = bytes[offset]
  const first = bytes[offset + 1]
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f || depth > MAX_DEPTH)
    return null
  if (first === 0x80) return readIndefinite(bytes, tag, offset, limit, depth)
  let length = first
  let contentStart = offset + 2
  if (first & 0x80) {
    const count = first & 0x7f
    if (count > 4) return null // more than 4 length bytes is beyond any sane upload
    length = 0
    for (let i = 0; i < count; i++) {
      const byte = bytes[contentStart + i]
      if (byte === undefined) return null
      length = length * 256 + byte
    }
    contentStart += count
  }
  const end = contentStart + length
  return end <= limit ? { tag, start: offset, contentStart, contentEnd: end, end } : null
}

function readIndefinite(
  bytes: Uint8Array,
  tag: number,
  start: number,
  limit: number,
  depth: number,
) {
  if ((tag & 0x20) === 0) return null // only constructed elements may have an indefinite length
  let offset = start + 2
  while (offset + 1 < limit) {
    if (bytes[offset] === 0 && bytes[offset + 1] === 0) {
      return { tag, start, contentStart: start + 2, contentEnd: offset, end: offset + 2 }
    }
    const child = readElement(bytes, offset, limit, depth + 1)
    if (!child) return null
    offset = child.end
  }
  return null
}

/** The children of a constructed element, or null when they do not exactly fill it. */
export function readChildren(bytes: Uint8Array, parent: DerElement): DerElement[] | null {
  if ((parent.tag & 0x20) === 0) return null
  const children: DerElement[] = []
  let offset = parent.contentStart
  while (offset < parent.contentEnd) {
    const child = readElement(bytes, offset, parent.contentEnd)
    if (!child) return null
    children.push(child)
    offset = child.end
  }
  return children
}

/** Reads the single top-level element and requires it to span all the bytes (no trailing garbage). */
export function readTopLevel(bytes: Uint8Array): DerElement | null {
  const top = readElement(bytes, 0)
  return top && top.end === bytes.length ? top : null
}

/** Decodes an OBJECT IDENTIFIER element to dotted form. */
export function readOid(bytes: Uint8Array, element: DerElement): string | null {
  if (element.tag !== 0x06 || element.contentEnd === element.contentStart) return null
  const parts: number[] = []
  let value = 0
  for (let i = element.contentStart; i < element.contentEnd; i++) {
    const byte = bytes[i] ?? 0
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      if (parts.length > 0) parts.push(value)
      else parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80)
      value = 0
    }
  }
  return parts.join('.')
}

/** A small INTEGER's value (e.g. a version field), or null when the element is not one. */
export function readSmallInteger(bytes: Uint8Array, element: DerElement): number | null {
  const length = element.contentEnd - element.contentStart
  if (element.tag !== 0x02 || length < 1 || length > 4) return null
  let value = 0
  for (let i = element.contentStart; i < element.contentEnd; i++)
    value = value * 256 + (bytes[i] ?? 0)
  return value
}

/** Bit length of a positive INTEGER (an RSA modulus), ignoring the sign-padding zero byte. */
export function integerBitLength(bytes: Uint8Array, element: DerElement): number {
  let i = element.contentStart
  while (i < element.contentEnd && bytes[i] === 0) i++
  const lead = bytes[i]
  return lead === undefined ? 0 : (element.contentEnd - i - 1) * 8 + (32 - Math.clz32(lead))
}
