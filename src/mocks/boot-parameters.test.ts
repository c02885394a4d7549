import { describe, expect, it } from 'vitest'
import { createSimulatedBackend } from './backend/simulated-backend'
import type { SimulatedSystem } from './backend/simulated-system'
import { createMemoryStore } from './backend/system-store'
import { applyBootParameters, parseBootParameters, withoutBootParameters } from './boot-parameters'

describe('parseBootParameters', () => {
  it('reads a scenario and a date', () => {
    expect(parseBootParameters('?scenario=new-certificate-issued&date=2027-02-10')).toEqual({
      parameters: { scenario: 'new-certificate-issued', date: '2027-02-10' },
      problems: [],
    })
  })

  it('finds nothing to do without the parameters, also beside fault parameters', () => {
    expect(parseBootParameters('')).toEqual({ parameters: {}, problems: [] })
    expect(parseBootParameters('?latency=slow&fail=writes')).toEqual({
      parameters: {},
      problems: [],
    })
  })

  it('takes either parameter alone', () => {
    expect(parseBootParameters('?date=2027-03-01').parameters).toEqual({ date: '2027-03-01' })
    expect(parseBootParameters('?scenario=halfway').parameters).toEqual({ scenario: 'halfway' })
  })

  it('leaves out an unknown scenario and names the known ones', () => {
    const { parameters, problems } = parseBootParameters('?scenario=halfwy&date=2027-02-20')
    expect(parameters).toEqual({ date: '2027-02-20' })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('scenario=halfwy is not a scenario')
    expect(problems[0]).toContain('before-issuance')
    expect(problems[0]).toContain('large-landscape')
  })

  it.each(['2027-02-30', '10.02.2027', '2027-2-1', '', '1999-12-31'])(
    'leaves out the date %j',
    (date) => {
      const { parameters, problems } = parseBootParameters(`?scenario=halfway&date=${date}`)
      expect(parameters).toEqual({ scenario: 'halfway' })
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^date=/)
    },
  )
})

describe('withoutBootParameters', () => {
  it('removes scenario, date and replace, keeps other parameters and the hash route', () => {
    expect(
      withoutBootParameters(
        'http://localhost:5173/?scenario=halfway&latency=slow&date=2027-02-20&replace=1#/CommunicationSystem-maintain?certificate=x',
      ),
    ).toBe('http://localhost:5173/?latency=slow#/CommunicationSystem-maintain?certificate=x')
  })

  it('leaves no lone question mark', () => {
    expect(withoutBootParameters('http://localhost:5173/?scenario=halfway#/')).toBe(
      'http://localhost:5173/#/',
    )
  })
})

describe('applyBootParameters', () => {
  const backend = () => createSimulatedBackend(createMemoryStore<SimulatedSystem>())

  it('resets to the scenario and moves forward to the date', async () => {
    const simulated = backend()
    expect(
      await applyBootParameters(simulated, {
        scenario: 'new-certificate-issued',
        date: '2027-02-10',
      }),
    ).toEqual([])
    const system = await simulated.read()
    expect(system.scenarioId).toBe('new-certificate-issued')
    expect(system.state.today).toBe('2027-02-10')
  })

  it('keeps the clock and says why when the date is before the scenario’s day', async () => {
    const simulated = backend()
    const problems = await applyBootParameters(simulated, {
      scenario: 'halfway',
      date: '2027-01-01',
    })
    expect(problems).toEqual([expect.stringContaining('before the simulated today 2027-02-14')])
    expect((await simulated.read()).state.today).toBe('2027-02-14')
  })
})
