import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  DatePicker,
  Dialog,
  Label,
  MessageStrip,
  Option,
  Select,
  StepInput,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import { DialogFooter } from '../../ui/editing/dialog-footer'
import { useState } from 'react'
import type { ClassAdvanceItem } from '../../api/contracts/admin'
import type { AdvanceClockRequest } from '../../api/contracts/clock'
import { instructorMutations } from '../../api/instructor'
import { formatDate } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'
import { useUiTexts } from '../../ui/i18n/ui-texts'
import { typedStepInputValue } from '../../ui/typed-step-input-value'
import { phaseLabel } from '../../ui/words/readiness-words'
import { useAppTexts } from './i18n/texts'
import { useTokenRefusal } from './scenario-select'

type How = 'nextEvent' | 'days' | 'to'
const hows: readonly How[] = ['nextEvent', 'days', 'to']
const howKeys: Record<How, string> = {
  nextEvent: 'advance.nextEvent',
  days: 'advance.days',
  to: 'advance.to',
}

/** One landscape's answer: where its clock is now, or the API's reason it did not move. */
function answerText(t: Texts, ui: Texts, item: ClassAdvanceItem): string {
  return 'clock' in item
    ? t('advance.moved', item.id, formatDate(item.clock.today), phaseLabel(ui, item.clock.phase))
    : t('advance.refused', item.id, item.error.message)
}

/**
 * Advance All: moves every landscape of the class with the body of `POST api/clock/advance`, then
 * shows each landscape's answer (one may refuse, e.g. a date before its today, while the others move).
 */
export function AdvanceAllDialog({
  open,
  className,
  onClose,
  onRejected,
}: {
  open: boolean
  className: string
  onClose: () => void
  onRejected: () => void
}) {
  const t = useAppTexts()
  const ui = useUiTexts()
  const client = useQueryClient()
  const advance = useMutation(instructorMutations.advanceClass(client))
  const [how, setHow] = useState<How>('nextEvent')
  const [days, setDays] = useState(7)
  const [date, setDate] = useState('')
  useTokenRefusal(advance.error, onRejected)
  const move: AdvanceClockRequest | undefined =
    how === 'nextEvent'
      ? { nextEvent: true }
      : how === 'days'
        ? { days }
        : date
          ? { to: date }
          : undefined
  const close = () => {
    advance.reset()
    onClose()
  }
  return (
    <Dialog
      open={open}
      headerText={t('advance.title')}
      onClose={close}
      footer={
        <DialogFooter
          action={t('advance.submit')}
          dismiss={t('action.close')}
          busy={advance.isPending}
          disabled={!move}
          onConfirm={() => move && advance.mutate({ className, move })}
          onDismiss={close}
        />
      }
    >
      <div className="instructor__form">
        <Text>{t('advance.intro', className)}</Text>
        {advance.isError && (
          <MessageStrip design="Negative" hideCloseButton role="alert">
            {t('advance.failed', advance.error.message)}
          </MessageStrip>
        )}
        <div className="instructor__field">
          <Label for="advance-how">{t('advance.how')}</Label>
          <Select
            id="advance-how"
            accessibleName={t('advance.how')}
            onChange={(event) => {
              const chosen = event.detail.selectedOption.getAttribute('data-value')
              setHow(hows.find((each) => each === chosen) ?? 'nextEvent')
            }}
          >
            {hows.map((each) => (
              <Option key={each} data-value={each} selected={how === each}>
                {t(howKeys[each])}
              </Option>
            ))}
          </Select>
        </div>
        {how === 'days' && (
          <div className="instructor__field">
            <Label for="advance-days">{t('advance.daysLabel')}</Label>
            <StepInput
              id="advance-days"
              accessibleName={t('advance.daysLabel')}
              min={0}
              max={73_000}
              value={days}
              // Each typed number becomes the value at once (see typedStepInputValue).
              onInput={(event) => {
                const typed = typedStepInputValue(event.target)
                if (typed !== undefined) setDays(typed)
              }}
              onChange={(event) => setDays(event.target.value)}
            />
          </div>
        )}
        {how === 'to' && (
          <div className="instructor__field">
            <Label for="advance-date">{t('advance.dateLabel')}</Label>
            <DatePicker
              id="advance-date"
              accessibleName={t('advance.dateLabel')}
              valueFormat="yyyy-MM-dd"
              displayFormat="medium"
              value={date}
              onChange={(event) => setDate(event.detail.value)}
            />
          </div>
        )}
        {advance.data && (
          <section aria-labelledby="advance-results" role="status">
            <Title level="H3" size="H5" id="advance-results">
              {t('advance.results')}
            </Title>
            <ul className="instructor__results">
              {advance.data.items.map((item) => (
                <li key={item.id}>{answerText(t, ui, item)}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Dialog>
  )
}
