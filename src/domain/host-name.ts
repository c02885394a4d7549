/**
 * Host names compare case-insensitively (RFC 4343): `S4H-FIN.Example.com` and
 * `s4h-fin.example.com` are one external system. The state stores and shows the lower-case form.
 */
export function hostKey(host: string): string {
  return host.toLowerCase()
}
