/** The capacity in the words the seed uses for it. */
export const capacityText = {
  multiple: 'accepts several certificates',
  single: 'one certificate at a time',
} as const

export const rejectionText = {
  401: '401 Unauthorized',
  403: '403 Forbidden',
} as const
