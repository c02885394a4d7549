import type {
  ConnectionOutcome as OutcomeView,
  PredictedOutcome as PredictedView,
} from '../../api/contracts/common'
import type { LandscapeIndex } from '../../domain/landscape-index'
import type { ConnectionOutcome, PredictedOutcome } from '../../domain/outcome'
import { CLIENT_DEFAULT } from '../../domain/types'

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
    ...(outcome.trustMode ? { trustMode: outcome.trustMode } : {}),
    ...(outcome.detail ? { detail: outcome.detail } : {}),
  }
}

/** The outcome after the next rotation, saying whether SAP's migration changes the certificate. */
export function predictedView(
  index: LandscapeIndex,
  host: string,
  predicted: PredictedOutcome,
): PredictedView {
  // A default not issued yet is not in the state: it is named Client Default, not by its id.
  const name = predicted.issuedOn ? CLIENT_DEFAULT : describe(index, predicted.certificateId)
  const description = predicted.issuedOn
    ? `the ${CLIENT_DEFAULT} SAP issues on ${predicted.issuedOn}`
    : name
  const base = outcomeMessage(index, host, predicted.outcome, name)
  const message = predicted.migrated
    ? `On ${predicted.rotationDate} SAP moves this user to ${description}. ${base}`
    : base
  return {
    ...outcomeView(index, host, predicted.outcome),
    message,
    date: predicted.rotationDate,
    certificateId: predicted.certificateId,
    certificateDescription: name,
    migrated: predicted.migrated,
    ...(predicted.issuedOn ? { issuedOn: predicted.issuedOn } : {}),
  }
}

/** The sentence for an outcome: what the external system answers, and what to do. */
export function outcomeMessage(
  index: LandscapeIndex,
  host: string,
  outcome: ConnectionOutcome,
  name = describe(index, outcome.certificateId),
): string {
  const code = `HTTP ${outcome.status}`
  const { subject = 'its CA', date = 'that day' } = outcome.detail ?? {}
  switch (outcome.reason) {
    case 'certificate-trusted':
      return `Connected: ${host} holds ${name} in its trust store.`
    case 'issuer-trusted':
      return `Connected: ${host} trusts ${subject}; ${name} chains to it.`
    case 'certificate-not-trusted':
      return `${host} pins certificates and does not know ${name} (${code}): upload ${name} to it in External Systems.`
    case 'issuer-not-trusted':
      return `${host} trusts issuers, but none that ${name} chains to (${code}): upload ${subject} from the SAP Trust Center to it.`
    case 'chain-broken':
      return outcome.detail?.chainBreak === 'signature-invalid'
        ? `The chain of ${name} is broken (${host} answers ${code}): ${subject} did not sign it.`
        : `The chain of ${name} is broken (${host} answers ${code}): its issuer ${subject} is unknown.`
    case 'issuer-expired':
      return `${subject}, a CA in the chain of ${name}, expired on ${date} (${host} answers ${code}).`
    case 'issuer-not-yet-valid':
      return `${subject}, a CA in the chain of ${name}, is valid only from ${date} (${host} answers ${code}).`
    case 'certificate-expired':
      return `${name} expired on ${date} (${host} answers ${code}): choose a valid Client Certificate for this user.`
    case 'certificate-not-yet-valid':
      return `${name} is valid only from ${date} (${host} answers ${code}): choose a certificate that is valid today.`
    case 'certificate-not-issued-yet':
      return `${host} pins certificates and cannot know a certificate SAP issues only on ${date} (${code}): export it then and upload it, or have ${host} trust the SAP Cloud Root CA.`
    case 'certificate-unknown':
      return `Certificate ${outcome.certificateId} no longer exists (${host} answers ${code}): choose another Client Certificate for this user.`
    case 'no-external-system':
      return `Nothing answers at ${host}: check the Host Name of the communication system.`
  }
}

function describe(index: LandscapeIndex, certificateId: string): string {
  return index.certificatesById.get(certificateId)?.description ?? certificateId
}
