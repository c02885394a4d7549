import type { Scenario } from '../../api/contracts/simulation'
import type { Texts } from '../i18n/text-bundle'

/**
 * The scenarios' titles and descriptions in the user's language, by the API's scenario id. A
 * scenario the UI does not know (added to the backend later) shows the API's English text.
 */
const scenarioKeys: Readonly<Record<string, { title: string; description: string }>> = {
  'before-issuance': {
    title: 'timeTravel.scenario.beforeIssuance.title',
    description: 'timeTravel.scenario.beforeIssuance.description',
  },
  'new-certificate-issued': {
    title: 'timeTravel.scenario.newCertificateIssued.title',
    description: 'timeTravel.scenario.newCertificateIssued.description',
  },
  halfway: {
    title: 'timeTravel.scenario.halfway.title',
    description: 'timeTravel.scenario.halfway.description',
  },
  'rotation-eve': {
    title: 'timeTravel.scenario.rotationEve.title',
    description: 'timeTravel.scenario.rotationEve.description',
  },
  'after-rotation-nobody-acted': {
    title: 'timeTravel.scenario.afterRotation.title',
    description: 'timeTravel.scenario.afterRotation.description',
  },
  'large-landscape': {
    title: 'timeTravel.scenario.largeLandscape.title',
    description: 'timeTravel.scenario.largeLandscape.description',
  },
}

export function scenarioTitle(scenario: Pick<Scenario, 'id' | 'title'>, t: Texts): string {
  const keys = scenarioKeys[scenario.id]
  return keys ? t(keys.title) : scenario.title
}

export function scenarioDescription(
  scenario: Pick<Scenario, 'id' | 'description'>,
  t: Texts,
): string {
  const keys = scenarioKeys[scenario.id]
  return keys ? t(keys.description) : scenario.description
}
