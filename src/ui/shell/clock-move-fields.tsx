import { Button, DatePicker, Label, MessageStrip, StepInput, Title } from '@ui5/webcomponents-react'
import { useState } from 'react'
import type { Clock } from '../../api/contracts/clock'
import { dayAfter } from './clock-text'

interface MoveFieldProps {
  busy: boolean
  /** The API's reason for refusing the last move from this field. */
  error: string | undefined
}

/** Advance to a date. The picker offers only future days; a typed past date still reaches the API, which says why not. */
export function MoveToDate({
  clock,
  busy,
  error,
  onMove,
}: MoveFieldProps & { clock: Clock; onMove: (to: string) => void }) {
  const [value, setValue] = useState('')
  return (
    <section className="time-travel__section" aria-labelledby="time-travel-date">
      <Title level="H3" size="H5" id="time-travel-date">
        To a date
      </Title>
      <div className="time-travel__row">
        <Label for="time-travel-date-input">Date</Label>
        <DatePicker
          id="time-travel-date-input"
          accessibleName="Date"
          valueFormat="yyyy-MM-dd"
          displayFormat="MMM d, y"
          placeholder="e.g. Feb 14, 2027"
          minDate={dayAfter(clock.today)}
          value={value}
          valueState={error ? 'Negative' : 'None'}
          valueStateMessage={error ? <div>{error}</div> : undefined}
          onChange={(event) => setValue(event.detail.value)}
        />
        <Button disabled={busy || value === ''} onClick={() => onMove(value)}>
          Go to date
        </Button>
      </div>
      <FieldMessage text={error} />
    </section>
  )
}

/** Advance by a number of days. */
export function MoveByDays({
  busy,
  error,
  onMove,
}: MoveFieldProps & { onMove: (days: number) => void }) {
  const [days, setDays] = useState(7)
  return (
    <section className="time-travel__section" aria-labelledby="time-travel-days">
      <Title level="H3" size="H5" id="time-travel-days">
        By days
      </Title>
      <div className="time-travel__row">
        <Label for="time-travel-days-input">Days</Label>
        <StepInput
          id="time-travel-days-input"
          accessibleName="Days"
          min={1}
          max={73000}
          value={days}
          valueState={error ? 'Negative' : 'None'}
          valueStateMessage={error ? <div>{error}</div> : undefined}
          onChange={(event) => setDays(event.target.value)}
        />
        <Button disabled={busy || !(days >= 1)} onClick={() => onMove(days)}>
          {/* The number in the label says what a click will do, and tells when the field's change has landed. */}
          Go forward {days} {days === 1 ? 'day' : 'days'}
        </Button>
      </div>
      <FieldMessage text={error} />
    </section>
  )
}

/** The value state message pops up only while the field has focus; the reason also stays in view below it. */
function FieldMessage({ text }: { text: string | undefined }) {
  if (!text) return null
  return (
    <MessageStrip design="Negative" hideCloseButton data-testid="move-refused">
      {text}
    </MessageStrip>
  )
}
