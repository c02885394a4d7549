/**
 * The whole number typed into a UI5 StepInput so far, or undefined while its text is not one
 * (empty, or written with separators: UI5 reads those itself on Enter or blur).
 *
 * Why it is needed: a StepInput takes typed text as its `value` only on Enter or blur, and each of
 * its renders writes `value` back into the text field (its template passes the formatted `value`
 * to the inner input, whose renderer compares with the field's current text, not with the last
 * render). Focusing the field changes the StepInput's `focused` state, which schedules such a render
 * for the next animation frame: digits typed within that frame were replaced by the old number
 * (e2e/time-travel.spec.ts "moving by days…" saw 7 again after typing 3 right after the dialog
 * opened, more often when the dialog's code had just been loaded). Handing each typed number back
 * as `value` from the `input` event makes every later render show what was typed.
 */
export function typedStepInputValue(stepInput: HTMLElement): number | undefined {
  const field = stepInput.shadowRoot?.querySelector<HTMLElement & { value?: string }>('[ui5-input]')
  const text = field?.value?.trim() ?? ''
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined
}
