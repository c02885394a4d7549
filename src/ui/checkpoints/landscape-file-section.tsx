import { Button, Text, Title } from '@ui5/webcomponents-react'
import { useRef } from 'react'
import { useUiTexts } from '../i18n/ui-texts'

/** Export the landscape to a file, or pick a file to import; the dialog runs both and reports. */
export function LandscapeFileSection({
  busy,
  onExport,
  onImport,
}: {
  busy: boolean
  onExport: () => void
  onImport: (file: File) => void
}) {
  const t = useUiTexts()
  const picker = useRef<HTMLInputElement>(null)
  return (
    <section className="checkpoints__section" aria-labelledby="checkpoints-file">
      <Title level="H3" size="H5" id="checkpoints-file">
        {t('checkpoints.file')}
      </Title>
      <Text>{t('checkpoints.file.intro')}</Text>
      <div className="checkpoints__row">
        <Button disabled={busy} onClick={onExport}>
          {t('checkpoints.export')}
        </Button>
        <Button disabled={busy} onClick={() => picker.current?.click()}>
          {t('checkpoints.import')}
        </Button>
        {/* The browser's own file picker, opened by the Import button (it is not a tab stop). */}
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) onImport(file)
          }}
        />
      </div>
    </section>
  )
}
