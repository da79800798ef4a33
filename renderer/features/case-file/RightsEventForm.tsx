/** Recording an event at the counter: its kind, date and source; a cessation with its ground, a birth possibly a stillbirth. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cessationGrounds, lifeEventKinds } from '../../../shared/domain/rights/types';
import type { CessationGround, LifeEventKind } from '../../../shared/domain/rights/types';
import type { ContractError } from '../../../shared/contract/errors';
import type { RightsViewDto } from '../../../shared/contract/channels/rights';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DateInput } from '../../ui/DateInput';
import { FormField } from '../../ui/FormField';
import { eventLabel, groundLabel } from './rights-labels';

type Props = { caseFile: CaseFileRef; today: string; onRecorded: (view: RightsViewDto) => void };

const familyChoices = ['unknown', 'yes', 'no'] as const;

export function RightsEventForm({ caseFile, today, onRecorded }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [kind, setKind] = useState<LifeEventKind>('bankruptcy');
  const [date, setDate] = useState(today);
  const [source, setSource] = useState(t('rightsPanel.fields.sourceDefault'));
  const [ground, setGround] = useState<CessationGround | ''>('');
  const [family, setFamily] = useState<(typeof familyChoices)[number]>('unknown');
  const [isStillbirth, setIsStillbirth] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const issue = (path: string) => error?.details?.issues?.find((item) => item.path === path)?.messageKey ?? null;
  const hasCharge = kind === 'bankruptcy' || kind === 'cessation';

  async function record(): Promise<void> {
    setMessage(null);
    const reply = await api.rights.recordEvent({
      kind: caseFile.kind,
      id: caseFile.id,
      eventKind: kind,
      date,
      source,
      cessationGround: kind === 'cessation' && ground !== '' ? ground : null,
      isStillbirth: kind === 'birth' && isStillbirth,
      hasFamilyCharge: hasCharge && family !== 'unknown' ? family === 'yes' : null,
    });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setMessage(t('rightsPanel.messages.recorded'));
    onRecorded(reply.value);
  }

  return (
    <form
      className="card request-form"
      aria-labelledby="rights-event-title"
      onSubmit={(event) => {
        event.preventDefault();
        void record();
      }}
    >
      <h2 id="rights-event-title" className="card__title">
        {t('rightsPanel.fields.recordTitle')}
      </h2>
      <FormField id="rights-event-kind" label={t('rightsPanel.fields.eventKind')}>
        <select
          value={kind}
          onChange={(event) => setKind(lifeEventKinds.find((item) => item === event.target.value) ?? 'bankruptcy')}
        >
          {lifeEventKinds.map((item) => (
            <option key={item} value={item}>
              {eventLabel(t, item)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="rights-event-date" label={t('rightsPanel.fields.date')} error={issue('date')}>
        <DateInput value={date} onChange={setDate} required />
      </FormField>
      <FormField id="rights-event-source" label={t('rightsPanel.fields.source')} error={issue('source')}>
        <input type="text" value={source} maxLength={200} onChange={(event) => setSource(event.target.value)} />
      </FormField>
      {kind === 'cessation' && (
        <FormField
          id="rights-event-ground"
          label={t('rightsPanel.fields.cessationGround')}
          error={issue('cessationGround')}
        >
          <select
            value={ground}
            onChange={(event) => setGround(cessationGrounds.find((item) => item === event.target.value) ?? '')}
          >
            <option value="">{t('rightsPanel.fields.unknown')}</option>
            {cessationGrounds.map((item) => (
              <option key={item} value={item}>
                {groundLabel(t, item)}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {hasCharge && (
        <FormField id="rights-event-family" label={t('rightsPanel.fields.familyCharge')}>
          <select
            value={family}
            onChange={(event) => setFamily(familyChoices.find((item) => item === event.target.value) ?? 'unknown')}
          >
            {familyChoices.map((item) => (
              <option key={item} value={item}>
                {t(`rightsPanel.fields.${item}`)}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {kind === 'birth' && (
        <label className="form-check">
          <input type="checkbox" checked={isStillbirth} onChange={(event) => setIsStillbirth(event.target.checked)} />
          {t('rightsPanel.fields.stillbirth')}
        </label>
      )}
      {error && !issue('date') && !issue('source') && !issue('cessationGround') && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button">
          {t('rightsPanel.actions.record')}
        </button>
        {message && (
          <span className="status-message" role="status">
            {message}
          </span>
        )}
      </div>
    </form>
  );
}
