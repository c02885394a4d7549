import { useQuery } from '@tanstack/react-query'
import { Label, Option, Select } from '@ui5/webcomponents-react'
import { useEffect } from 'react'
import { ApiError } from '../../api/api-error'
import { adminScenariosQuery } from '../../api/instructor'
import { useUiTexts } from '../../ui/i18n/ui-texts'
import { scenarioTitle } from '../../ui/shell/scenario-texts'
import { valueStateProps } from '../../ui/value-state'

/** The scenario catalog of the server (`GET /admin/scenarios`), titles in the page's language. */
export function ScenarioSelect({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string
  label: string
  value: string
  error: string | undefined
  onChange: (scenario: string) => void
}) {
  const ui = useUiTexts()
  const scenarios = useQuery(adminScenariosQuery()).data ?? []
  // Nothing chosen yet: the first scenario is what the select shows, so it is what is sent.
  const first = scenarios[0]?.id
  useEffect(() => {
    if (!value && first) onChange(first)
  }, [value, first, onChange])
  return (
    <div className="instructor__field">
      <Label for={id} required>
        {label}
      </Label>
      <Select
        id={id}
        accessibleName={label}
        required
        {...valueStateProps(error)}
        onChange={(event) => onChange(event.detail.selectedOption.getAttribute('data-value') ?? '')}
      >
        {scenarios.map((scenario) => (
          <Option key={scenario.id} data-value={scenario.id} selected={scenario.id === value}>
            {scenarioTitle(scenario, ui)}
          </Option>
        ))}
      </Select>
    </div>
  )
}

/** Calls `onRejected` once the server refuses the token (401), wherever the page asked it. */
export function useTokenRefusal(error: unknown, onRejected: () => void) {
  const refused = error instanceof ApiError && error.status === 401
  useEffect(() => {
    if (refused) onRejected()
  }, [refused, onRejected])
}
