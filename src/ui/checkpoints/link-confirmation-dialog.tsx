import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, MessageStrip, Text } from '@ui5/webcomponents-react'
import { keepMine, replaceByLink } from '../../api/checkpoints'
import type { PendingLink } from '../../api/contracts/checkpoints'
import { queryKeys } from '../../api/query-keys'
import { formatDate } from '../format'
import { useUiTexts } from '../i18n/ui-texts'
import { scenarioTitle } from '../shell/scenario-texts'

type Link = NonNullable<PendingLink['pending']>

/** Replace your simulation with the link's scenario (kept as a checkpoint first), or keep yours. */
export function LinkConfirmationDialog({ link }: { link: Link }) {
  const t = useUiTexts()
  const queryClient = useQueryClient()
  const done = () => queryClient.invalidateQueries({ queryKey: queryKeys.all })
  const replace = useMutation({ mutationFn: replaceByLink, onSuccess: done })
  const keep = useMutation({ mutationFn: keepMine, onSuccess: done })
  const busy = replace.isPending || keep.isPending
  const title = link.scenario
    ? scenarioTitle({ id: link.scenario.id, title: link.scenario.title }, t)
    : undefined
  const date = link.date ? formatDate(link.date) : undefined
  const heading =
    title && date
      ? t('link.title.scenarioDate', title, date)
      : title
        ? t('link.title.scenario', title)
        : t('link.title.date', date ?? '')
  const error = replace.error ?? keep.error
  return (
    <Dialog
      open
      headerText={heading}
      state="Critical"
      // Escape keeps the user's simulation, as Keep mine does; the dialog closes when the answer is in.
      onBeforeClose={(event) => {
        event.preventDefault()
        if (event.detail.escPressed && !busy) keep.mutate()
      }}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button design="Emphasized" disabled={busy} onClick={() => replace.mutate()}>
                {t('link.replace')}
              </Button>
              <Button disabled={busy} onClick={() => keep.mutate()}>
                {t('link.keep')}
              </Button>
            </>
          }
        />
      }
    >
      <Text>{t(title ? 'link.text.scenario' : 'link.text.date')}</Text>
      {error && (
        <MessageStrip design="Negative" hideCloseButton>
          {error.message}
        </MessageStrip>
      )}
    </Dialog>
  )
}
