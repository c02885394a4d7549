import type { SimulatedSystem } from '../backend/simulated-system'
import { buildLandscape } from './build-landscape'
import { buildLargeLandscape } from './large-landscape'
import type { ScenarioStep } from './scenario-steps'
import { playSteps } from './scenario-steps'

export interface ScenarioDefinition {
  id: string
  title: string
  description: string
  /** The simulated date the scenario ends on. */
  today: string
  build: () => Promise<SimulatedSystem>
}

const start = '2027-01-25'

// Halfway through the overlap: some external systems got Client Default, some users switched,
// and one user was switched before its external system had the new certificate (Broken).
const halfwaySteps: ScenarioStep[] = [
  { advanceTo: '2027-02-01' },
  { uploadClientDefault: 's4h-fin.example.com' },
  { switchToClientDefault: { systemId: 'S4H-FIN-PRD', userName: 'BTP_FIN_POSTING' } },
  { switchToClientDefault: { systemId: 'S4H-FIN-PRD', userName: 'BTP_FIN_MASTERDATA' } },
  { uploadClientDefault: 'ariba.example.net' },
  { switchToClientDefault: { systemId: 'ARIBA-PROC', userName: 'BTP_PO_TRANSFER' } },
  { uploadClientDefault: 'crm.example.org' },
  { uploadClientDefault: 'wms.logistics.example.com' },
  { switchToClientDefault: { systemId: 'WMS-3PL', userName: 'BTP_DELIVERY_OUT' } },
  { switchToClientDefault: { systemId: 'BANK-EBICS', userName: 'BTP_PAYMENT_RUN' } },
  { advanceTo: '2027-02-14' },
]

// The last day: most is done; SuccessFactors and the tax engine still lack the new certificate.
const eveSteps: ScenarioStep[] = [
  ...halfwaySteps,
  { uploadClientDefault: 'ebics.bank.example.com' },
  { switchToClientDefault: { systemId: 'CRM-SALES', userName: 'BTP_ACCOUNT_SYNC' } },
  { switchToClientDefault: { systemId: 'WMS-3PL', userName: 'BTP_STOCK_QUERY' } },
  { uploadClientDefault: 'payroll.example.de' },
  { switchToClientDefault: { systemId: 'PAYROLL-DE', userName: 'BTP_PAYROLL_RESULTS' } },
  { uploadClientDefault: 'edi.example.com' },
  { advanceTo: '2027-02-28' },
]

function scripted(id: string, steps: ScenarioStep[]) {
  return async () => playSteps(await buildLandscape(id, start), steps)
}

/** The scenarios a rehearsal or demo can start from; the first is the default at first start. */
export const scenarios: ScenarioDefinition[] = [
  {
    id: 'before-issuance',
    title: 'Before issuance',
    description:
      'January 25, 2027: everything runs on Client Default and every external system trusts it.',
    today: start,
    build: scripted('before-issuance', []),
  },
  {
    id: 'new-certificate-issued',
    title: 'New certificate issued',
    description:
      'February 1, 2027: a new Client Default was issued; the old one is now Client Default Expiring.',
    today: '2027-02-01',
    build: scripted('new-certificate-issued', [{ advanceTo: '2027-02-01' }]),
  },
  {
    id: 'halfway',
    title: 'Halfway through the overlap',
    description:
      'February 14, 2027: some systems switched, some external systems updated, one connection broken.',
    today: '2027-02-14',
    build: scripted('halfway', halfwaySteps),
  },
  {
    id: 'rotation-eve',
    title: 'Rotation eve',
    description: 'February 28, 2027: the last day of the overlap, with work still left.',
    today: '2027-02-28',
    build: scripted('rotation-eve', eveSteps),
  },
  {
    id: 'after-rotation-nobody-acted',
    title: 'After the rotation, nobody acted',
    description:
      'March 1, 2027: SAP migrated every user; external systems without the new certificate answer 401 or 403.',
    today: '2027-03-01',
    build: scripted('after-rotation-nobody-acted', [{ advanceTo: '2027-03-01' }]),
  },
  {
    id: 'large-landscape',
    title: 'Large landscape',
    description: 'February 10, 2027: 5,000 communication systems, for performance rehearsals.',
    today: '2027-02-10',
    build: () => buildLargeLandscape('large-landscape', '2027-02-10', 5000),
  },
]

export const defaultScenarioId = 'before-issuance'

/** The scenario with this id, if there is one. */
export function findScenario(id: string): ScenarioDefinition | undefined {
  return scenarios.find((scenario) => scenario.id === id)
}
