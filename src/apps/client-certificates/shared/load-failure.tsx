import type { ComponentProps } from 'react'
import { LoadError } from '../../../ui/errors/load-error'

/** The shared failed-load message, placed like this app's other full-page messages. */
export function LoadFailure(props: Omit<ComponentProps<typeof LoadError>, 'className'>) {
  return <LoadError {...props} className="client-certificates__message" />
}
