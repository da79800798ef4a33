/** The inputs of one scenario; every keystroke goes to the store and the result follows at once. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FormField } from '../../ui/FormField';
import { DateInput } from '../../ui/DateInput';
import {
  knownYears,
  simulationCategories,
  type FieldErrors,
  type ScenarioForm as Form,
  type SimulationCategory,
} from './simulation-form';

type Props = { scenarioId: string; form: Form; errors: FieldErrors; onChange: (patch: Partial<Form>) => void };

export function simulationCategoryLabel(t: TFunction, category: SimulationCategory): string {
  switch (category) {
    case 'main':
      return t('simulation.category.main');
    case 'starter':
      return t('simulation.category.starter');
    case 'primo-starter':
      return t('simulation.category.primoStarter');
    case 'complementary':
      return t('simulation.category.complementary');
    case 'helping-spouse':
      return t('simulation.category.helpingSpouse');
    case 'student':
      return t('simulation.category.student');
    case 'active-pensioner':
      return t('simulation.category.activePensioner');
    case 'pension-age':
      return t('simulation.category.pensionAge');
  }
}

function isCategory(value: string): value is SimulationCategory {
  return (simulationCategories as readonly string[]).includes(value);
}

export function ScenarioForm({ scenarioId, form, errors: allErrors, onChange: change }: Props) {
  const { t } = useTranslation();
  const id = (field: string) => `${scenarioId}-${field}`;
  // A field's error shows once the advisor has typed in it or left it, not on a scenario just opened.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = (fields: readonly string[]) =>
    setTouched((current) => (fields.every((field) => current.has(field)) ? current : new Set([...current, ...fields])));
  const onChange = (patch: Partial<Form>) => {
    touch(Object.keys(patch));
    change(patch);
  };
  const errors: FieldErrors = Object.fromEntries(Object.entries(allErrors).filter(([field]) => touched.has(field)));
  return (
    <div
      className="form-grid simulation__form"
      onBlur={(event) => {
        const field = event.target.id.startsWith(`${scenarioId}-`) ? event.target.id.slice(scenarioId.length + 1) : '';
        if (field !== '') touch([field]);
      }}
    >
      <FormField id={id('category')} label={t('simulation.fields.category')} error={errors.category}>
        <select
          value={form.category}
          onChange={(event) => {
            if (isCategory(event.target.value)) onChange({ category: event.target.value });
          }}
        >
          {simulationCategories.map((category) => (
            <option key={category} value={category}>
              {simulationCategoryLabel(t, category)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={id('year')} label={t('simulation.fields.year')} error={errors.year}>
        <select value={form.year} onChange={(event) => onChange({ year: event.target.value })}>
          {knownYears.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id={id('income')}
        label={t('simulation.fields.income')}
        hint={t('simulation.hints.income')}
        error={errors.income}
        suffix="€"
        className="simulation__income"
      >
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={form.income}
          onChange={(event) => onChange({ income: event.target.value })}
        />
      </FormField>
      <FormField
        id={id('start')}
        label={t('simulation.fields.start')}
        hint={t('simulation.hints.start')}
        error={errors.start}
      >
        <DateInput value={form.start} onChange={(start) => onChange({ start })} />
      </FormField>
      <FormField
        id={id('fee')}
        label={t('simulation.fields.feeRate')}
        hint={t('simulation.hints.feeRate')}
        error={errors.feeRate}
        suffix="%"
      >
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={form.feeRate}
          onChange={(event) => onChange({ feeRate: event.target.value })}
        />
      </FormField>
      <FormField
        id={id('requested')}
        label={t('simulation.fields.requestedIncome')}
        hint={t('simulation.hints.requestedIncome')}
        error={errors.requestedIncome}
        suffix="€"
      >
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={form.requestedIncome}
          onChange={(event) => onChange({ requestedIncome: event.target.value })}
        />
      </FormField>
    </div>
  );
}
