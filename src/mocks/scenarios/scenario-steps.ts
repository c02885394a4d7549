import { clientDefault } from '../../domain/certificates'
import type { Command } from '../../domain/commands'
import { advanceClockTo, applyCommand, trustedEntry } from '../backend/apply-command'
import type { SimulatedSystem } from '../backend/simulated-system'

/** One step of a scenario's history, done the way an administrator (or SAP's clock) would do it. */
export type ScenarioStep =
  | { advanceTo: string }
  /** Upload the current Client Default to the external system behind this host. */
  | { uploadClientDefault: string }
  /** Switch one outbound user to Client Default in the Communication Systems app. */
  | { switchToClientDefault: { systemId: string; userName: string } }

/** Plays the steps in order; a step the engine refuses means the scenario itself is wrong. */
export async function playSteps(
  start: SimulatedSystem,
  steps: readonly ScenarioStep[],
): Promise<SimulatedSystem> {
  let system = start
  for (const step of steps) {
    const applied =
      'advanceTo' in step
        ? await advanceClockTo(system, step.advanceTo)
        : applyCommand(system, commandFor(system, step))
    if (!applied.ok)
      throw new Error(`Scenario step ${JSON.stringify(step)} was refused: ${applied.error.message}`)
    system = applied.system
  }
  return system
}

function commandFor(
  system: SimulatedSystem,
  step: Exclude<ScenarioStep, { advanceTo: string }>,
): Command {
  const current = clientDefault(system.state)
  if (!current) throw new Error('The scenario has no Client Default')
  if ('uploadClientDefault' in step) {
    const details = system.pki.details[current.id]
    if (!details) throw new Error(`No X.509 details for ${current.id}`)
    return {
      type: 'trustCertificate',
      host: step.uploadClientDefault,
      certificate: trustedEntry(details),
    }
  }
  const { systemId, userName } = step.switchToClientDefault
  const user = system.state.systems
    .find((s) => s.systemId === systemId)
    ?.outboundUsers.find((u) => u.userName === userName)
  if (!user) throw new Error(`No outbound user ${userName} in ${systemId}`)
  return {
    type: 'updateOutboundUser',
    systemId,
    userId: user.id,
    changes: { clientCertificateId: current.id },
  }
}
