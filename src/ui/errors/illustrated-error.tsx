import { IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/ErrorScreen.js'
import type { ReactNode } from 'react'

/** The error screen's UI5 illustration with its texts and actions (loaded lazily by `error-screen.tsx`). */
export function IllustratedError({
  title,
  subtitle,
  children,
}: {
  title: string
  subtitle: string
  children: ReactNode
}) {
  return (
    <IllustratedMessage name="ErrorScreen" titleText={title} subtitleText={subtitle}>
      {children}
    </IllustratedMessage>
  )
}
