import { Bar, Button, Dialog, MessageStrip, Title } from '@ui5/webcomponents-react'
import { useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api/api-error'
import type { AdvanceClockRequest, Clock } from '../../api/contracts/clock'
import { deepActiveElement, returnFocusTo, useFocusReturnOnUnmount } from '../focus-return'
import { useUiTexts } from '../i18n/ui-texts'
import { moveSummary, nextEventLabel } from './clock-text'
import { MoveByDays, MoveToDate } from './clock-move-fields'
import { ScenarioPicker } from './scenario-picker'
import { useClockMoves } from './use-clock-moves'
import './time-travel-dialog.css'

/** Time travel: move the simulated clock forward (to a date, by days, to the next event) or start a scenario. */
export function TimeTravelDialog({ clock, onClose }: { clock: Clock; onClose: () => void }) {
  const t = useUiTexts()
  const { advance, reset } = useClockMoves()
  // Which field the last refused move came from, so its message shows as that field's value state.
  const [origin, setOrigin] = useState<'date' | 'days' | 'event'>('event')
  useFocusReturnOnUnmount()
  // The button is disabled while the clock moves, which drops its focus: it gets it back after.
  const mover = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (advance.isPending) return
    returnFocusTo(mover.current)
    mover.current = null
  }, [advance.isPending])
  const move = (request: AdvanceClockRequest, from: typeof origin) => {
    mover.current = deepActiveElement()
    setOrigin(from)
    reset.reset()
    advance.mutate(request)
  }
  const error =
    advance.error instanceof ApiError || advance.error instanceof Error ? advance.error : null
  const fieldError = (from: typeof origin) => (error && origin === from ? error.message : undefined)
  return (
    <Dialog
      open
      headerText={t('timeTravel.title')}
      className="time-travel"
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={<Button onClick={onClose}>{t('timeTravel.close')}</Button>}
        />
      }
    >
      {advance.isSuccess && !reset.isSuccess && (
        <MessageStrip design="Positive" hideCloseButton data-testid="move-summary">
          {moveSummary(advance.data, t)}
        </MessageStrip>
      )}
      {fieldError('event') && (
        <MessageStrip design="Negative" hideCloseButton>
          {fieldError('event')}
        </MessageStrip>
      )}
      <section className="time-travel__section" aria-labelledby="time-travel-next">
        <Title level="H3" size="H5" id="time-travel-next">
          {t('timeTravel.nextEvent')}
        </Title>
        <Button
          design="Emphasized"
          disabled={advance.isPending}
          onClick={() => move({ nextEvent: true }, 'event')}
        >
          {nextEventLabel(clock, t)}
        </Button>
      </section>
      <MoveToDate
        clock={clock}
        busy={advance.isPending}
        error={fieldError('date')}
        onMove={(to) => move({ to }, 'date')}
      />
      <MoveByDays
        busy={advance.isPending}
        error={fieldError('days')}
        onMove={(days) => move({ days }, 'days')}
      />
      <ScenarioPicker reset={reset} onReset={() => advance.reset()} />
    </Dialog>
  )
}
