import { describe, expect, it } from 'vitest'
import { layoutTimeline } from './timeline-layout'

describe('layoutTimeline', () => {
  it('places the validity bar and the events on one scale inside the margins', () => {
    const layout = layoutTimeline('2026-08-01', '2027-08-01', [
      { date: '2027-02-01', label: 'Today', emphasis: true },
      { date: '2027-03-01', label: 'Removed' },
    ])
    expect(layout.bar).toEqual({ start: 4, end: 96 })
    const [today, removed] = layout.events
    expect(today?.position).toBeCloseTo(4 + (184 / 365) * 92, 5)
    expect(removed!.position).toBeGreaterThan(today!.position)
  })

  it('merges events of the same day into one label', () => {
    const layout = layoutTimeline('2027-02-01', '2028-02-01', [
      { date: '2027-02-01', label: 'Today', emphasis: true },
      { date: '2027-02-01', label: 'Issued' },
    ])
    expect(layout.events).toEqual([expect.objectContaining({ label: 'Today · Issued', emphasis: true, row: 0 })])
  })

  it('puts labels that would overlap on separate rows, and far ones back on the first', () => {
    const layout = layoutTimeline('2027-01-01', '2027-12-31', [
      { date: '2027-02-01', label: 'A' },
      { date: '2027-02-10', label: 'B' },
      { date: '2027-11-01', label: 'C' },
    ])
    expect(layout.events.map((event) => event.row)).toEqual([0, 1, 0])
  })

  it('marks where a removed-early certificate stops being usable, and only then', () => {
    expect(layoutTimeline('2026-08-01', '2027-08-01', [], '2027-03-01').usableUntil).toBeLessThan(96)
    expect(layoutTimeline('2026-08-01', '2027-08-01', []).usableUntil).toBeUndefined()
  })
})
