import { Toast } from '@ui5/webcomponents-react'
import { useCallback, useState } from 'react'

/** A short success confirmation (Fiori: toast); returns the element to render and `show`. */
export function useToast() {
  const [text, setText] = useState<string>()
  const show = useCallback((message: string) => setText(message), [])
  const toast = (
    <Toast open={text !== undefined} onClose={() => setText(undefined)} duration={3000}>
      {text}
    </Toast>
  )
  return { toast, show }
}
