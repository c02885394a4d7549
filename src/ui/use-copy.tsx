import { Toast } from '@ui5/webcomponents-react'
import { useCallback, useState } from 'react'

/** The two sentences of a copy, in the calling app's language. */
export interface CopyMessages {
  copied: string
  failed: string
}

/**
 * Copies text to the clipboard and confirms with a Toast, the Fiori way to acknowledge a small
 * success. A refused clipboard (permissions, insecure context) says so instead of pretending.
 */
export function useCopy({ copied, failed }: CopyMessages) {
  const [message, setMessage] = useState<string | null>(null)

  const copy = useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text)
        setMessage(copied)
      } catch {
        setMessage(failed)
      }
    },
    [copied, failed],
  )

  const toast = (
    <Toast open={message !== null} onClose={() => setMessage(null)}>
      {message}
    </Toast>
  )
  return { copy, toast }
}
