/** Records what happened in an open judicial file: an act, a hearing, the judgement, costs, a payment, the closure. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { judicialClosures, judicialEventKinds } from '../../../shared/contract/channels/recovery';
import { parseEuros } from '../../../shared/domain/money';
import { FormField } from '../../ui/FormField';
import { closureLabel, eventLabel } from './recovery-labels';
import { DateInput } from '../../ui/DateInput';

type EventKind = (typeof judicialEventKinds)[number];
type Closure = (typeof judicialClosures)[number];
export type JudicialEventInput = {
  eventKind: EventKind;
  occurredOn: string;
  amountCents: number;
  closure?: Closure;
  note: string;
};
type Props = { fileId: string; today: string; isBusy: boolean; onAdd: (input: JudicialEventInput) => void };

/** Nothing typed is no amount; a typo is sent as NaN so the service refuses it with its message. */
function centsOf(euros: string): number {
  return euros.trim() === '' ? 0 : (parseEuros(euros) ?? Number.NaN);
}

export function JudicialEventForm({ fileId, today, isBusy, onAdd }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EventKind>('costs');
  const [occurredOn, setOccurredOn] = useState(today);
  const [amount, setAmount] = useState('');
  const [closure, setClosure] = useState<Closure>('paid');
  const [note, setNote] = useState('');
  const id = (name: string) => `judicial-${fileId}-${name}`;
  return (
    <form
      className="form-grid"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd({
          eventKind: kind,
          occurredOn,
          amountCents: centsOf(amount),
          ...(kind === 'closure' ? { closure } : {}),
          note,
        });
      }}
    >
      <FormField id={id('kind')} label={t('recovery.files.eventKind')}>
        <select value={kind} onChange={(event) => setKind(event.target.value as EventKind)}>
          {judicialEventKinds.map((value) => (
            <option key={value} value={value}>
              {eventLabel(t, value)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={id('date')} label={t('recovery.files.eventDate')}>
        <DateInput value={occurredOn} onChange={setOccurredOn} required />
      </FormField>
      {(kind === 'costs' || kind === 'instalment') && (
        <FormField id={id('amount')} label={t('recovery.files.eventAmount')}>
          <input inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
        </FormField>
      )}
      {kind === 'closure' && (
        <FormField id={id('closure')} label={t('recovery.files.closure')}>
          <select value={closure} onChange={(event) => setClosure(event.target.value as Closure)}>
            {judicialClosures.map((value) => (
              <option key={value} value={value}>
                {closureLabel(t, value)}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField id={id('note')} label={t('recovery.files.eventNote')}>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </FormField>
      <button type="submit" className="button button--secondary" disabled={isBusy}>
        {t('recovery.files.addEvent')}
      </button>
    </form>
  );
}
