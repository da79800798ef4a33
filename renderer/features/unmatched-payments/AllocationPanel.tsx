/**
 * Allocating one unmatched entry: to the contribution its reference names, to an open contribution of
 * a case file found by search, or as a credit on a case file's account; with a note. Head office
 * books it; the panel reports back and the page drops the entry.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileHit } from '../../../shared/contract/app-contract';
import type { ContractError } from '../../../shared/contract/errors';
import type { UnmatchedEntry } from '../../../shared/contract/statement-protocol';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { CaseFilePicker } from './CaseFilePicker';
import { BY_NUMBER, NAMED, TargetChoices, targetOf, type Choice, type OpenContribution } from './TargetChoices';

type Props = { entry: UnmatchedEntry; onAllocated: (entryId: string) => void; onCancel: () => void };

export function AllocationPanel({ entry, onAllocated, onCancel }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [picked, setPicked] = useState<CaseFileHit | null>(null);
  const [open, setOpen] = useState<OpenContribution[]>([]);
  const initial: Choice = { value: entry.contributionId !== null ? NAMED : '', number: '' };
  const [choice, setChoice] = useState<Choice>(initial);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    if (!picked) return;
    let isCurrent = true;
    void api.caseFile.detail({ kind: picked.kind, id: picked.id }).then((reply) => {
      if (isCurrent && reply.ok) setOpen(reply.value.contributions.filter((row) => row.openCents > 0));
    });
    return () => {
      isCurrent = false;
    };
  }, [api, picked]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = targetOf(choice, entry, picked);
    if (!target) {
      setError({ code: 'validation', messageKey: 'unmatchedPayments.form.pickCaseFile' });
      return;
    }
    setIsBusy(true);
    const trimmed = note.trim();
    const reply = await api.bankStatement.allocate({
      entryId: entry.id,
      target,
      note: trimmed === '' ? null : trimmed,
    });
    setIsBusy(false);
    if (reply.ok) onAllocated(entry.id);
    else setError(reply.error);
  };
  const pick = (hit: CaseFileHit) => {
    // The contributions listed belong to the case file picked: a choice among the last one's goes.
    setPicked(hit);
    setOpen([]);
    setChoice((current) => (current.value === NAMED || current.value === BY_NUMBER ? current : initial));
  };
  return (
    <section className="card stack allocation-panel" aria-labelledby="allocation-title">
      <h2 id="allocation-title">
        {t('unmatchedPayments.form.title', {
          amount: format.money(cents(entry.amountCents)),
          date: format.date(entry.valueDate),
        })}
      </h2>
      <CaseFilePicker picked={picked} onPick={pick} />
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <TargetChoices entry={entry} picked={picked} open={open} choice={choice} onChoice={setChoice} />
        <FormField id="allocation-note" label={t('unmatchedPayments.form.note')}>
          <textarea value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
        </FormField>
        {error && <ErrorMessage error={error} />}
        <div className="form-row">
          <button type="submit" className="button" disabled={isBusy}>
            {t('unmatchedPayments.form.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('unmatchedPayments.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
