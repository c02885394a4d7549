import { Link } from '@ui5/webcomponents-react'
import { sapTrustCenterHref } from '../../ui/links/app-links'
import { useAppTexts } from './i18n/texts'

/**
 * A link to the SAP Trust Center. From a dialog it opens a new tab, so that what was typed there
 * stays (the tabs share the simulated system).
 */
export function TrustCenterLink({ newTab = false }: { newTab?: boolean }) {
  const t = useAppTexts()
  return (
    <Link href={sapTrustCenterHref()} target={newTab ? '_blank' : undefined}>
      {t('trustCenter.link')}
    </Link>
  )
}
