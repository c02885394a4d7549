import { Bar, Button } from '@ui5/webcomponents-react'
import type { ReactNode } from 'react'
import { useUiTexts } from '../i18n/ui-texts'
import './edit-footer.css'

interface Props {
  saving: boolean
  onSave: () => void
  onCancel: () => void
  /** Shown right above Save, where the user's eyes are: why the last save failed. */
  children?: ReactNode
}

/** An object page's edit-mode footer (Fiori: footer toolbar with Save and Cancel). */
export function EditFooter({ saving, onSave, onCancel, children }: Props) {
  const t = useUiTexts()
  return (
    <div className="edit-footer">
      {children}
      <Bar
        design="Footer"
        endContent={
          <>
            <Button design="Emphasized" onClick={onSave} disabled={saving}>
              {t('editFooter.save')}
            </Button>
            <Button design="Transparent" onClick={onCancel}>
              {t('editFooter.cancel')}
            </Button>
          </>
        }
      />
    </div>
  )
}
