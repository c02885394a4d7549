import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/api-error'
import {
  arrangementNameIssue,
  editFieldOf,
  formErrorsFromApi,
  newDialogFieldOf,
} from './form-errors'

const refusal = (status: number, message: string, details: { field: string; message: string }[]) =>
  new ApiError(status, 'Refused', message, details)

describe('formErrorsFromApi', () => {
  it('puts a system without an accepted outbound user on Communication System, with the API message', () => {
    const error = refusal(409, 'WMS-3PL has no outbound user SAP_COM_0464 accepts.', [
      { field: 'systemId', message: 'WMS-3PL has no outbound user SAP_COM_0464 accepts.' },
    ])
    expect(formErrorsFromApi(error, newDialogFieldOf)).toEqual({
      fields: { systemId: 'WMS-3PL has no outbound user SAP_COM_0464 accepts.' },
    })
  })

  it('puts a refused outbound user on Communication System in the New dialog, on Outbound User in edit', () => {
    const error = refusal(409, 'Not accepted.', [
      { field: 'outboundUserId', message: 'Not accepted.' },
    ])
    expect(formErrorsFromApi(error, newDialogFieldOf).fields).toEqual({ systemId: 'Not accepted.' })
    expect(formErrorsFromApi(error, editFieldOf).fields).toEqual({
      outboundUserId: 'Not accepted.',
    })
  })

  it('keeps the first reason per field and says the unplaced ones in general', () => {
    const error = refusal(400, 'Invalid.', [
      { field: 'name', message: 'first' },
      { field: 'name', message: 'second' },
      { field: 'somethingElse', message: 'elsewhere' },
    ])
    expect(formErrorsFromApi(error, newDialogFieldOf)).toEqual({
      fields: { name: 'first' },
      general: 'elsewhere',
    })
  })

  it('says a refusal without a field of the form, or any other failure, as a general message', () => {
    expect(formErrorsFromApi(refusal(409, 'Taken.', []), newDialogFieldOf)).toEqual({
      fields: {},
      general: 'Taken.',
    })
    expect(formErrorsFromApi(new Error('offline'), editFieldOf)).toEqual({
      fields: {},
      general: 'offline',
    })
  })
})

describe('arrangementNameIssue (the contract rules of Arrangement Name)', () => {
  it.each([
    ['SAP_COM_0008', undefined],
    ['Z_WMS-TEST1', undefined],
    ['', 'validation.name.required'],
    ['   ', 'validation.name.required'],
    ['z_lower', 'validation.name.format'],
    ['_LEADING', 'validation.name.format'],
    ['WITH SPACE', 'validation.name.format'],
    ['A'.repeat(81), 'validation.name.tooLong'],
  ])('%j → %s', (value, issue) => {
    expect(arrangementNameIssue(value)).toBe(issue)
  })
})
