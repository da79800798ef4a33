/**
 * The hand-over to judicial recovery: offered only when the path allows it (reminder, statement,
 * formal notice and a completed personal contact, each after its delay) and only to the roles that
 * may take it; otherwise the panel says why not.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatusDto } from '../../../shared/contract/channels/recovery';
import { FormField } from '../../ui/FormField';
import { agentLabel, judicialKindLabel } from './recovery-labels';

export type HandOverForm = {
  judicialKind: 'contrainte' | 'citation';
  agentKind: 'bailiff' | 'lawyer';
  agentName: string;
};
type Props = { status: RecoveryStatusDto; isBusy: boolean; onHandOver: (form: HandOverForm) => void };

export function HandOverPanel({ status, isBusy, onHandOver }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<HandOverForm>({ judicialKind: 'contrainte', agentKind: 'bailiff', agentName: '' });
  const isOffered = status.action === 'hand-over' && status.isActionDue;
  if (status.step === 'judicial') return null;
  return (
    <section className="card" aria-labelledby="recovery-handover-title">
      <h2 id="recovery-handover-title" className="card__title">
        {t('recovery.handOver.title')}
      </h2>
      {!isOffered ? (
        <p className="empty-note" data-testid="recovery-handover-blocked">
          {t('recovery.handOver.blocked')}
        </p>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            onHandOver(form);
          }}
        >
          <FormField id="recovery-kind" label={t('recovery.handOver.kind')}>
            <select
              value={form.judicialKind}
              onChange={(event) =>
                setForm({ ...form, judicialKind: event.target.value as HandOverForm['judicialKind'] })
              }
            >
              <option value="contrainte">{judicialKindLabel(t, 'contrainte')}</option>
              <option value="citation">{judicialKindLabel(t, 'citation')}</option>
            </select>
          </FormField>
          <FormField id="recovery-agent-kind" label={t('recovery.handOver.agentKind')}>
            <select
              value={form.agentKind}
              onChange={(event) => setForm({ ...form, agentKind: event.target.value as HandOverForm['agentKind'] })}
            >
              <option value="bailiff">{agentLabel(t, 'bailiff')}</option>
              <option value="lawyer">{agentLabel(t, 'lawyer')}</option>
            </select>
          </FormField>
          <FormField id="recovery-agent-name" label={t('recovery.handOver.agentName')}>
            <input value={form.agentName} onChange={(event) => setForm({ ...form, agentName: event.target.value })} />
          </FormField>
          <button type="submit" className="button" disabled={isBusy}>
            {t('recovery.handOver.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
