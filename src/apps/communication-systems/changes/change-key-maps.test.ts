import { describe, expect, it } from 'vitest'
import { loadTexts } from '../../../ui/i18n/text-bundle'
import { actorKeys, categoryKeys, fieldKeys } from './change-texts'
import { appTexts } from '../i18n/texts'

// The key maps are not literal `t('…')` calls, so the bundle test cannot see them: checked here.
const maps = {
  categoryKeys,
  actorKeys,
  fieldKeys,
}

describe('key maps of API values', () => {
  it.each(Object.entries(maps))(
    '%s names keys of the English and German bundles',
    async (_, map) => {
      const german = await appTexts.load('de')
      for (const key of Object.values(map)) {
        expect(appTexts.english).toHaveProperty([key])
        expect(german).toHaveProperty([key])
      }
    },
  )

  it('show the categories and field labels in English as the API writes them', async () => {
    const en = await loadTexts(appTexts, 'en')
    for (const [category, key] of Object.entries(categoryKeys)) expect(en(key)).toBe(category)
    for (const [label, key] of Object.entries(fieldKeys)) expect(en(key)).toBe(label)
  })
})
