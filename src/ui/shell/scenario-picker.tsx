import { useQuery, type UseMutationResult } from '@tanstack/react-query'
import {
  Bar,
  Button,
  Dialog,
  Label,
  MessageStrip,
  Option,
  Select,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { scenariosQuery } from '../../api/simulation'

type ResetMutation = UseMutationResult<unknown, Error, string>

/** Choose a scenario and start over from it; a reset discards every change, so it asks first. */
export function ScenarioPicker({ reset, onReset }: { reset: ResetMutation; onReset: () => void }) {
  const { data } = useQuery(scenariosQuery())
  const [chosen, setChosen] = useState<string | undefined>(undefined)
  const [confirming, setConfirming] = useState(false)
  const selectedId = chosen ?? data?.current ?? data?.items[0]?.id
  const selected = data?.items.find((scenario) => scenario.id === selectedId)
  const confirm = () => {
    setConfirming(false)
    if (!selected) return
    onReset()
    reset.mutate(selected.id)
  }
  return (
    <section className="time-travel__section" aria-labelledby="time-travel-scenario">
      <Title level="H3" size="H5" id="time-travel-scenario">
        Scenario
      </Title>
      <div className="time-travel__row">
        <Label for="time-travel-scenario-select">Scenario</Label>
        <Select
          id="time-travel-scenario-select"
          accessibleName="Scenario"
          onChange={(event) =>
            setChosen(event.detail.selectedOption.getAttribute('data-id') ?? undefined)
          }
        >
          {data?.items.map((scenario) => (
            <Option key={scenario.id} data-id={scenario.id} selected={scenario.id === selectedId}>
              {scenario.title}
            </Option>
          ))}
        </Select>
        <Button disabled={!selected || reset.isPending} onClick={() => setConfirming(true)}>
          Reset
        </Button>
      </div>
      {selected && <Text>{selected.description}</Text>}
      {reset.isSuccess && selected && (
        <MessageStrip design="Positive" hideCloseButton data-testid="reset-summary">
          The simulation starts over from “{selected.title}”.
        </MessageStrip>
      )}
      {reset.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {reset.error.message}
        </MessageStrip>
      )}
      <Dialog
        open={confirming}
        headerText="Reset the simulation?"
        state="Critical"
        onClose={() => setConfirming(false)}
        footer={
          <Bar
            design="Footer"
            endContent={
              <>
                <Button design="Emphasized" onClick={confirm}>
                  Reset
                </Button>
                <Button onClick={() => setConfirming(false)}>Cancel</Button>
              </>
            }
          />
        }
      >
        <Text>
          Every change since the scenario started — the date, uploads, switched users — is replaced
          by “{selected?.title}”.
        </Text>
      </Dialog>
    </section>
  )
}
