import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Bar,
  Button,
  ComboBox,
  ComboBoxItem,
  type ComboBoxPropTypes,
  Dialog,
  Input,
  Label,
  MessageStrip,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import {
  communicationScenariosQuery,
  createCommunicationArrangement,
} from '../../../api/communication-arrangements'
import { communicationSystemsQuery } from '../../../api/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import { valueStateProps } from '../../../ui/value-state'
import { useFocusStaysWhereTheUserWent } from '../../../ui/value-help/use-focus-stays-where-the-user-went'
import { useAppTexts } from '../i18n/texts'
import { communicationArrangementPath } from '../../../ui/links/app-links'
import {
  arrangementNameIssue,
  formErrorsFromApi,
  newDialogFieldOf,
  type FormErrors,
  type NewDialogField,
} from '../shared/form-errors'

type ComboBoxInputEvent = Parameters<NonNullable<ComboBoxPropTypes['onInput']>>[0]

const empty = { scenario: '', name: '', system: '', nameEdited: false }
const key = (text: string) => text.trim().toUpperCase()

/**
 * "New Communication Arrangement": a scenario from SAP's catalog, a name (the scenario ID unless
 * the user types another) and a communication system. The API decides whether the system has an
 * outbound user the scenario accepts; its refusal shows on the field it concerns.
 */
export function NewArrangementDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const scenarios = useQuery({ ...communicationScenariosQuery(), enabled: open })
  const systems = useQuery({ ...communicationSystemsQuery(), enabled: open })
  const [values, setValues] = useState(empty)
  const [errors, setErrors] = useState<FormErrors<NewDialogField>>({ fields: {} })
  const scenarioFocus = useFocusStaysWhereTheUserWent((event: ComboBoxInputEvent) =>
    edit('scenario', event.target.value),
  )
  const systemFocus = useFocusStaysWhereTheUserWent((event: ComboBoxInputEvent) =>
    edit('system', event.target.value),
  )

  const create = useMutation({
    mutationFn: createCommunicationArrangement,
    onSuccess: async (arrangement) => {
      // Systems list their arrangements and certificates where they are used: all may have changed.
      await queryClient.invalidateQueries({ queryKey: queryKeys.all })
      close()
      navigate(communicationArrangementPath(arrangement.name))
    },
    onError: (error) => setErrors(formErrorsFromApi(error, newDialogFieldOf)),
  })

  function close() {
    setValues(empty)
    setErrors({ fields: {} })
    create.reset()
    onClose()
  }

  function edit(field: 'scenario' | 'name' | 'system', value: string) {
    setValues((current) => {
      const next = { ...current, [field]: value }
      if (field === 'name') next.nameEdited = true
      // The name follows the scenario until the user types one of their own.
      if (field === 'scenario' && !current.nameEdited) next.name = key(value)
      return next
    })
    const touched: NewDialogField =
      field === 'scenario' ? 'scenarioId' : field === 'name' ? 'name' : 'systemId'
    setErrors((current) => ({ fields: { ...current.fields, [touched]: undefined } }))
  }

  function submit() {
    const scenarioId = key(values.scenario)
    const known = scenarios.data?.some((s) => s.id === scenarioId)
    const nameIssue = arrangementNameIssue(values.name)
    const fields = {
      scenarioId: !scenarioId
        ? t('validation.scenario.required')
        : known || !scenarios.data
          ? undefined
          : t('new.unknownScenario', values.scenario.trim()),
      name: nameIssue && t(nameIssue),
      systemId: key(values.system) ? undefined : t('validation.system.required'),
    }
    setErrors({ fields })
    if (Object.values(fields).some(Boolean)) return
    create.mutate({ scenarioId, name: values.name.trim(), systemId: key(values.system) })
  }

  const field = (name: NewDialogField) => valueStateProps(errors.fields[name])

  return (
    <Dialog
      open={open}
      headerText={t('new.title')}
      onClose={close}
      style={{ width: '34rem' }}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button design="Emphasized" onClick={submit} disabled={create.isPending}>
                {t('action.create')}
              </Button>
              <Button design="Transparent" onClick={close}>
                {t('action.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      {errors.general && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {t('new.failed', errors.general)}
        </MessageStrip>
      )}
      <div className="ca-dialog-form">
        <Label for="ca-new-scenario" required showColon>
          {t('field.scenario')}
        </Label>
        <ComboBox
          id="ca-new-scenario"
          accessibleName={t('field.scenario')}
          required
          placeholder={t('new.scenarioPlaceholder')}
          loading={scenarios.isPending}
          value={values.scenario}
          {...field('scenarioId')}
          {...scenarioFocus}
          onChange={(event) => edit('scenario', event.target.value)}
        >
          {(scenarios.data ?? []).map((scenario) => (
            <ComboBoxItem
              key={scenario.id}
              text={scenario.id}
              additionalText={scenario.description}
            />
          ))}
        </ComboBox>
        <Label for="ca-new-name" required showColon>
          {t('field.arrangementName')}
        </Label>
        <Input
          id="ca-new-name"
          accessibleName={t('field.arrangementName')}
          required
          maxlength={80}
          value={values.name}
          {...field('name')}
          // SAP's names are upper case: typed letters become capitals as they are typed.
          onInput={(event) => edit('name', event.target.value.toUpperCase())}
        />
        <Label for="ca-new-system" required showColon>
          {t('field.system')}
        </Label>
        <ComboBox
          id="ca-new-system"
          accessibleName={t('field.system')}
          required
          placeholder={t('new.systemPlaceholder')}
          loading={systems.isPending}
          value={values.system}
          {...field('systemId')}
          {...systemFocus}
          onChange={(event) => edit('system', event.target.value)}
        >
          {(systems.data?.items ?? []).map((system) => (
            <ComboBoxItem
              key={system.systemId}
              text={system.systemId}
              additionalText={system.systemName}
            />
          ))}
        </ComboBox>
      </div>
    </Dialog>
  )
}
