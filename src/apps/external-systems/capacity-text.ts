import type { ExternalSystem } from '../../api/contracts/external-systems'

// Label keys of the API's enumerations, looked up with the app's texts.

/** The capacity in the words the seed uses for it. */
export const capacityText: Record<ExternalSystem['capacity'], string> = {
  multiple: 'capacity.multiple',
  single: 'capacity.single',
}

export const rejectionText: Record<ExternalSystem['rejectionCode'], string> = {
  401: 'rejection.unauthorized',
  403: 'rejection.forbidden',
}
