import { Toast } from '@ui5/webcomponents-react'
import { useCallback, useState } from 'react'
import { useAppTexts } from '../i18n/texts'

/**
 * Copies text to the clipboard and confirms with a Toast, the Fiori way to acknowledge a small
 * success. A refused clipboard (permissions, insecure context) says so instead of pretending.
 */
export function useCopy() {
  const t = useAppTexts()
  const [message, setMessage] = useState<string | null>(null)

  const copy = useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text)
        setMessage(t('general.copied'))
      } catch {
        setMessage(t('general.copyFailed'))
      }
    },
    [t],
  )

  const toast = (
    <Toast open={message !== null} onClose={() => setMessage(null)}>
      {message}
    </Toast>
  )
  return { copy, toast }
}
