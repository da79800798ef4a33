/**
 * Where the payment goes: the contribution its reference names, an open contribution of the case file
 * picked, a credit on that case file, or a credit on a case file this device does not hold, named by
 * its NISS or enterprise number (head office finds it).
 */
import { useTranslation } from 'react-i18next';
import type { CaseFileHit } from '../../../shared/contract/app-contract';
import type { AllocationInput } from '../../../shared/contract/channels/bank-statement';
import type { UnmatchedEntry } from '../../../shared/contract/statement-protocol';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';

export type OpenContribution = { id: string; year: number; quarter: number | null; openCents: number };

export const NAMED = 'named';
export const CREDIT = 'credit';
export const BY_NUMBER = 'number';

export type Choice = { value: string; number: string };

export function targetOf(
  choice: Choice,
  entry: UnmatchedEntry,
  picked: CaseFileHit | null,
): AllocationInput['target'] | null {
  if (choice.value === NAMED && entry.contributionId !== null)
    return { kind: 'contribution', contributionId: entry.contributionId };
  if (choice.value === CREDIT) return picked ? { kind: 'caseFile', caseFile: picked.id } : null;
  if (choice.value === BY_NUMBER)
    return choice.number.trim() === '' ? null : { kind: 'caseFile', caseFile: choice.number.trim() };
  return choice.value === '' ? null : { kind: 'contribution', contributionId: choice.value };
}

type Props = {
  entry: UnmatchedEntry;
  picked: CaseFileHit | null;
  open: readonly OpenContribution[];
  choice: Choice;
  onChoice: (choice: Choice) => void;
};

export function TargetChoices({ entry, picked, open, choice, onChoice }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = (value: string, label: string) => (
    <label key={value} className="form-check">
      <input
        type="radio"
        name="target"
        checked={choice.value === value}
        onChange={() => onChoice({ ...choice, value })}
      />
      {label}
    </label>
  );
  const period = (row: OpenContribution) => (row.quarter === null ? String(row.year) : `${row.year}/${row.quarter}`);
  return (
    <fieldset>
      <legend>{t('unmatchedPayments.form.targetLegend')}</legend>
      {entry.contributionId !== null && option(NAMED, t('unmatchedPayments.form.namedContribution'))}
      {open.map((row) =>
        option(
          row.id,
          t('unmatchedPayments.form.contribution', { period: period(row), open: format.money(cents(row.openCents)) }),
        ),
      )}
      {picked && option(CREDIT, t('unmatchedPayments.form.credit'))}
      {option(BY_NUMBER, t('unmatchedPayments.form.byNumber'))}
      {choice.value === BY_NUMBER && (
        <input
          type="text"
          aria-label={t('unmatchedPayments.form.number')}
          value={choice.number}
          maxLength={20}
          onChange={(event) => onChoice({ ...choice, number: event.target.value })}
        />
      )}
    </fieldset>
  );
}
