/** One DER element: tag byte, where its content lies, where it ends. */
export interface DerElement {
  tag: number
  start: number
  contentStart: number
  end: number
}

// Guards against hostile nesting in uploads: real certificates never nest this deep.
const MAX_DEPTH = 32

/** Reads the element at offset, or null when the bytes are not valid definite-length DER there. */
export function readElement(
  bytes: Uint8Array,
  offset: number,
  limit = bytes.length,
): DerElement | null {
  const tag = bytes[offset]
  const first = bytes[offset + 1]
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return null
  let length = first
  let contentStart = offset + 2
  if (first & 0x80) {
    const count = first & 0x7f
    // Indefinite length (0x80) is BER, not DER; more than 4 length bytes is beyond any sane upload.
    if (count === 0 || count > 4) return null
    length = 0
    for (let i = 0; i < count; i++) {
      const byte = bytes[contentStart + i]
      if (byte === undefined) return null
      length = length * 256 + byte
    }
    contentStart += count
  }
  const end = contentStart + length
  return end <= limit ? { tag, start: offset, contentStart, end } : null
}

/** The children of a constructed element, or null when they do not exactly fill it. */
export function readChildren(
  bytes: Uint8Array,
  parent: DerElement,
  depth = 0,
): DerElement[] | null {
  if ((parent.tag & 0x20) === 0 || depth > MAX_DEPTH) return null
  const children: DerElement[] = []
  let offset = parent.contentStart
  while (offset < parent.end) {
    const child = readElement(bytes, offset, parent.end)
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
  if (element.tag !== 0x06 || element.end === element.contentStart) return null
  const parts: number[] = []
  let value = 0
  for (let i = element.contentStart; i < element.end; i++) {
    const byte = bytes[i] ?? 0
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      if (parts.length === 0)
        parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80)
      else parts.push(value)
      value = 0
    }
  }
  return parts.join('.')
}

/** A small INTEGER's value (e.g. a version field), or null when the element is not one. */
export function readSmallInteger(bytes: Uint8Array, element: DerElement): number | null {
  const length = element.end - element.contentStart
  if (element.tag !== 0x02 || length < 1 || length > 4) return null
  let value = 0
  for (let i = element.contentStart; i < element.end; i++) value = value * 256 + (bytes[i] ?? 0)
  return value
}

/** Bit length of a positive INTEGER (an RSA modulus), ignoring the sign-padding zero byte. */
export function integerBitLength(bytes: Uint8Array, element: DerElement): number {
  let i = element.contentStart
  while (i < element.end && bytes[i] === 0) i++
  const lead = bytes[i]
  return lead === undefined ? 0 : (element.end - i - 1) * 8 + (32 - Math.clz32(lead))
}
