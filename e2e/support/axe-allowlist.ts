/**
 * Known false positives of UI5 Web Components under axe-core: the only violations the
 * accessibility tests forgive. Every entry names the rule, the elements it applies to (a pattern
 * on axe's CSS target, shadow-DOM steps joined with " >> ") and the public issue or reasoning that
 * explains why it is not a real barrier. An entry without a reason does not belong here.
 */
export interface AxeAllowlistEntry {
  /** axe rule id, e.g. "aria-required-children". */
  readonly rule: string
  /** Matches axe's target of the offending node, e.g. /ui5-shellbar/. */
  readonly target: RegExp
  /** The public issue (URL) and a one-line explanation. */
  readonly reason: string
}

export const axeAllowlist: readonly AxeAllowlistEntry[] = []
