import { Link } from '@ui5/webcomponents-react'
import { useAppTexts } from './i18n/texts'

/** SAP Trust Center (simulated): where administrators get the SAP Cloud Root CA, as from SAP's website. */
export const sapTrustCenterHref = '#/SapTrustCenter-display'

/**
 * A link to the SAP Trust Center. From a dialog it opens a new tab, so that what was typed there
 * stays (the tabs share the simulated system).
 */
export function TrustCenterLink({ newTab = false }: { newTab?: boolean }) {
  const t = useAppTexts()
  return (
    <Link href={sapTrustCenterHref} target={newTab ? '_blank' : undefined}>
      {t('trustCenter.link')}
    </Link>
  )
}
