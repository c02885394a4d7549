import type { ReactElement } from 'react'

/** Props for a UI5 input: Negative value state with the message, or nothing. */
export function valueStateProps(message: string | undefined): {
  valueState: 'Negative' | 'None'
  valueStateMessage?: ReactElement
} {
  return message
    ? { valueState: 'Negative', valueStateMessage: <div>{message}</div> }
    : { valueState: 'None' }
}
