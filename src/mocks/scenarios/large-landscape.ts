import type { SimulatedSystem } from '../backend/simulated-system'
import { buildLandscape } from './build-landscape'
import type { SampleSystem } from './landscape'
import { playSteps, type ScenarioStep } from './scenario-steps'

const kinds = [
  'Supplier Portal',
  'Logistics Partner',
  'Bank Connector',
  'Marketplace',
  'Payroll Service',
]

/** `count` generated partner systems with two certificate-based outbound users each. */
export function generatedLandscape(count: number): SampleSystem[] {
  return Array.from({ length: count }, (_, i) => {
    const number = String(i + 1).padStart(4, '0')
    return {
      systemId: `PARTNER-${number}`,
      systemName: `${kinds[i % kinds.length]} ${number}`,
      hostName: `partner-${number}.example.com`,
      contactName: `Partner ${number} Support`,
      email: `partner-${number}@example.com`,
      external: {
        name: `Partner ${number}`,
        capacity: i % 4 === 3 ? 'single' : 'multiple',
        rejectionCode: i % 2 === 0 ? 401 : 403,
      },
      inboundUsers: [],
      outboundUsers: [
        {
          userName: `BTP_OUT_${number}_A`,
          authenticationMethod: 'SSL Client Certificate',
          certificate: 'default',
        },
        {
          userName: `BTP_OUT_${number}_B`,
          authenticationMethod: 'SSL Client Certificate',
          certificate: 'default',
        },
      ],
      arrangements: [
        {
          name: `Z_PARTNER_${number}`,
          scenarioId: 'SAP_COM_0008',
          outboundUser: `BTP_OUT_${number}_A`,
        },
      ],
    }
  })
}

/**
 * A landscape of `count` systems part-way through the overlap: a third of the external systems
 * have Client Default, a quarter of the systems switched their first user.
 */
export async function buildLargeLandscape(
  scenarioId: string,
  today: string,
  count: number,
): Promise<SimulatedSystem> {
  const landscape = generatedLandscape(count)
  const steps: ScenarioStep[] = [{ advanceTo: '2027-02-01' }]
  landscape.forEach((system, i) => {
    if (i % 3 === 0 && system.external.capacity === 'multiple')
      steps.push({ uploadClientDefault: system.hostName })
    if (i % 4 === 0)
      steps.push({
        switchToClientDefault: {
          systemId: system.systemId,
          userName: system.outboundUsers[0]!.userName,
        },
      })
  })
  steps.push({ advanceTo: today })
  return playSteps(await buildLandscape(scenarioId, '2027-01-25', landscape), steps)
}
