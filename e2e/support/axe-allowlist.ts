/**
 * Known false positives of UI5 Web Components under axe-core: the only violations the
 * accessibility tests forgive. Every entry names the rule, the elements it applies to (a pattern
 * on axe's CSS target, shadow-DOM steps joined with " >> ") and the public issue or reasoning that
 * explains why it is not a real barrier. An entry without a reason does not belong here.
 */
export interface AxeAllowlistEntry {
  /** axe rule id, e.g. "definition-list". */
  readonly rule: string
  /** Matches axe's target of the offending node, e.g. /^ui5-form\b/. */
  readonly target: RegExp
  /** The public issue (URL) and a one-line explanation. */
  readonly reason: string
}

// ui5-form in its default accessibleMode "Display" (since 2.16) renders a <dl> in the Form's shadow
// root, and each slotted ui5-form-item renders its <dt>/<dd> in its own shadow root. In the
// composed tree the ui5-form-item / ui5-form-group hosts sit between <dl> and <dt>/<dd>; axe
// checks the direct children and reports both ends. The hosts are generic elements, ignored in
// the browser's accessibility tree, so screen readers get the term/description pairs UI5 intends.
// Forms with inputs use accessibleMode "Edit" (no description list), so these entries only cover
// read-only forms.
const formDescriptionList =
  'https://github.com/UI5/webcomponents/pull/12365 (feat(ui5-form): enhance a11y using description list, ' +
  'fixing https://github.com/UI5/webcomponents/issues/12156): dl in ui5-form, dt/dd in each ui5-form-item shadow root'

export const axeAllowlist: readonly AxeAllowlistEntry[] = [
  {
    rule: 'definition-list',
    target: /^ui5-form(\[[^\]]*\])* >> dl\b/,
    reason: formDescriptionList,
  },
  {
    rule: 'dlitem',
    target: /ui5-form-item[^>]* >> (dt|dd|\.ui5-form-item-(label|content))\b/,
    reason: formDescriptionList,
  },
]
