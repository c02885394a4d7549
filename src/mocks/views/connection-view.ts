import type {
  ConnectionOutcome as OutcomeView,
  PredictedOutcome as PredictedView,
} from '../../api/contracts/common'
import type { LandscapeIndex } from '../../domain/landscape-index'
import type { ConnectionOutcome, PredictedOutcome } from '../../domain/outcome'

// The domain says *what* happened (status and reason code); the API also says it in plain words,
// with what the administrator can do about it, so that no screen has to re-derive the rules.

/** Today's (or any date's) outcome with its sentence. */
export function outcomeView(
  index: LandscapeIndex,
  host: string,
  outcome: ConnectionOutcome,
): OutcomeView {
  return {
    status: outcome.status,
    reason: outcome.reason,
    message: outcomeMessage(index, host, outcome),
  }
}

/** The outcome after the next rotation, saying whether SAP's migration changes the certificate. */
export function predictedView(
  index: LandscapeIndex,
  host: string,
  predicted: PredictedOutcome,
): PredictedView {
  const description = describe(index, predicted.certificateId)
  const base = outcomeMessage(index, host, predicted.outcome)
  const message = predicted.migrated
    ? `On ${predicted.rotationDate} SAP moves this user to ${description}. ${base}`
    : base
  return {
    status: predicted.outcome.status,
    reason: predicted.outcome.reason,
    message,
    date: predicted.rotationDate,
    certificateId: predicted.certificateId,
    certificateDescription: description,
    migrated: predicted.migrated,
  }
}

/** The sentence for an outcome: what the external system answers, and what to do. */
export function outcomeMessage(
  index: LandscapeIndex,
  host: string,
  outcome: ConnectionOutcome,
): string {
  const certificate = index.certificatesById.get(outcome.certificateId)
  const name = describe(index, outcome.certificateId)
  const code = `HTTP ${outcome.status}`
  switch (outcome.reason) {
    case 'ok':
      return `Connected: ${host} trusts ${name}.`
    case 'certificate-not-trusted':
      return `Certificate not trusted by ${host} (${code}): upload ${name} to it in External Systems.`
    case 'certificate-expired':
      return `${name} expired on ${certificate?.validTo ?? 'an earlier date'} (${host} answers ${code}): choose a valid Client Certificate for this user.`
    case 'certificate-not-yet-valid':
      return `${name} is valid only from ${certificate?.validFrom ?? 'a later date'} (${host} answers ${code}): choose a certificate that is valid today.`
    case 'certificate-unknown':
      return `Certificate ${outcome.certificateId} no longer exists (${host} answers ${code}): choose another Client Certificate for this user.`
    case 'no-external-system':
      return `Nothing answers at ${host}: check the Host Name of the communication system.`
  }
}

function describe(index: LandscapeIndex, certificateId: string): string {
  return index.certificatesById.get(certificateId)?.description ?? certificateId
}
