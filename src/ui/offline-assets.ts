// UI5 loads its "72" font and locale data from a CDN unless told otherwise. Rotation Lab must work
// offline and behind firewalls, so fonts come from the bundle and CLDR/i18n data from local chunks.
import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js'
import '@ui5/webcomponents-react/dist/Assets.js'
import './offline-fonts.css'

setDefaultFontLoading(false)
