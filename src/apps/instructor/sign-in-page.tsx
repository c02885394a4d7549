import { Button, Input, Label, MessageStrip, Text, Title } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { valueStateProps } from '../../ui/value-state'
import { useAppTexts } from './i18n/texts'

/** Asks for LAB_ADMIN_TOKEN: typed in here, so that it never travels in a URL. */
export function SignInPage({
  rejected,
  onSignIn,
}: {
  rejected: boolean
  onSignIn: (token: string) => void
}) {
  const t = useAppTexts()
  const [token, setToken] = useState('')
  const [missing, setMissing] = useState(false)
  const submit = () => {
    const given = token.trim()
    if (!given) setMissing(true)
    else onSignIn(given)
  }
  return (
    <main className="instructor__sign-in" aria-labelledby="instructor-sign-in-title">
      <Title level="H1" size="H3" id="instructor-sign-in-title">
        {t('token.title')}
      </Title>
      {rejected && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {t('token.rejected')}
        </MessageStrip>
      )}
      <Text>{t('token.intro')}</Text>
      <form
        className="instructor__field"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <Label for="instructor-token" required>
          {t('token.label')}
        </Label>
        <Input
          id="instructor-token"
          type="Password"
          accessibleName={t('token.label')}
          required
          value={token}
          {...valueStateProps(missing ? t('token.required') : undefined)}
          onInput={(event) => {
            setToken(event.target.value)
            setMissing(false)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit()
          }}
        />
        <div className="instructor__actions">
          <Button design="Emphasized" onClick={submit}>
            {t('token.submit')}
          </Button>
        </div>
      </form>
    </main>
  )
}
