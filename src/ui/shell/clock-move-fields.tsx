import { Button, DatePicker, Label, MessageStrip, StepInput, Title } from '@ui5/webcomponents-react'
import { useState } from 'react'
import type { Clock } from '../../api/contracts/clock'
import { formatDate } from '../format'
import { useUiTexts } from '../i18n/ui-texts'
import { typedStepInputValue } from '../typed-step-input-value'
import { dayAfter } from './clock-text'

interface MoveFieldProps {
  busy: boolean
  /** The API's reason for refusing the last move from this field. */
  error: string | undefined
}

/** The date the placeholder and the format hint show as an example. */
const exampleDate = '2027-02-14'

/**
 * Advance to a date. The picker offers only future days; a typed past date still reaches the API,
 * which says why not. The field shows and parses dates in the language's medium format ("Feb 14,
 * 2027", "14.02.2027"), while its value stays ISO (yyyy-MM-dd) for the API whatever the language.
 */
export function MoveToDate({
  clock,
  busy,
  error,
  onMove,
}: MoveFieldProps & { clock: Clock; onMove: (to: string) => void }) {
  const t = useUiTexts()
  const [value, setValue] = useState('')
  // A text the picker could not read as a date stays as typed: the user is told the format here.
  const unreadable = value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)
  const message = unreadable ? t('timeTravel.date.invalid', formatDate(exampleDate)) : error
  return (
    <section className="time-travel__section" aria-labelledby="time-travel-date">
      <Title level="H3" size="H5" id="time-travel-date">
        {t('timeTravel.toDate')}
      </Title>
      <div className="time-travel__row">
        <Label for="time-travel-date-input">{t('timeTravel.date')}</Label>
        <DatePicker
          id="time-travel-date-input"
          accessibleName={t('timeTravel.date')}
          valueFormat="yyyy-MM-dd"
          displayFormat="medium"
          placeholder={t('timeTravel.date.placeholder', formatDate(exampleDate))}
          minDate={dayAfter(clock.today)}
          value={value}
          valueState={message ? 'Negative' : 'None'}
          valueStateMessage={message ? <div>{message}</div> : undefined}
          onChange={(event) => setValue(event.detail.value)}
        />
        <Button disabled={busy || value === '' || unreadable} onClick={() => onMove(value)}>
          {t('timeTravel.goToDate')}
        </Button>
      </div>
      <FieldMessage text={message} />
    </section>
  )
}

/** Advance by a number of days. */
export function MoveByDays({
  busy,
  error,
  onMove,
}: MoveFieldProps & { onMove: (days: number) => void }) {
  const t = useUiTexts()
  const [days, setDays] = useState(7)
  return (
    <section className="time-travel__section" aria-labelledby="time-travel-days">
      <Title level="H3" size="H5" id="time-travel-days">
        {t('timeTravel.byDays')}
      </Title>
      <div className="time-travel__row">
        <Label for="time-travel-days-input">{t('timeTravel.days')}</Label>
        <StepInput
          id="time-travel-days-input"
          accessibleName={t('timeTravel.days')}
          min={1}
          max={73000}
          value={days}
          valueState={error ? 'Negative' : 'None'}
          valueStateMessage={error ? <div>{error}</div> : undefined}
          // Each typed number becomes the value at once, so no render of the field puts back the old one.
          onInput={(event) => {
            const typed = typedStepInputValue(event.target)
            if (typed !== undefined) setDays(typed)
          }}
          onChange={(event) => setDays(event.target.value)}
        />
        <Button disabled={busy || !(days >= 1)} onClick={() => onMove(days)}>
          {/* The number in the label says what a click will do, and tells when the field's change has landed. */}
          {t.count('timeTravel.goForward', days)}
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
