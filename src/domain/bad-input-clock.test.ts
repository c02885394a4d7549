import { describe, it } from 'vitest'
import type { Command } from './commands'
import { expectRefusal, type RefusalCase } from './testing/refusal-fixture'

// Clock moves and malformed commands, refused. The fixture's today is 2027-03-15.
const cases: RefusalCase[] = [
  [
    'advance to a date that does not exist',
    () => ({ type: 'advanceClock', to: '2027-02-30' }),
    'InvalidDate',
    'to',
  ],
  [
    'advance to a non-date',
    () => ({ type: 'advanceClock', to: 20270401 as unknown as string }),
    'InvalidDate',
    'to',
  ],
  [
    'advance beyond 2199',
    () => ({ type: 'advanceClock', to: '2200-01-01' }),
    'DateOutOfRange',
    'to',
  ],
  ['advance into the past', () => ({ type: 'advanceClock', to: '2027-03-14' }), 'DateInPast', 'to'],
  [
    'advance without material',
    () => ({ type: 'advanceClock', to: '2027-08-01' }),
    'MissingCertificateMaterial',
    'issued',
  ],
  [
    'send an unknown command',
    () => ({ type: 'teleport' }) as unknown as Command,
    'InvalidCommand',
    'type',
  ],
]

describe('bad input: a typed error, the state untouched', () => {
  it.each(cases)('%s → %s', (...refusal) => expectRefusal(refusal))
})
