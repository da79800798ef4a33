/**
 * The "Droits / Rechten / Rechte" panel: every right of the person assessed by the rules (status,
 * why, amount, next step and deadline), the events recorded or imported, and the applications with
 * their decisions. Each write answers with the whole view, so the panel never shows a stale status.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RightsViewDto } from '../../../shared/contract/channels/rights';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RightCard } from './RightCard';
import { RightsEventForm } from './RightsEventForm';
import { eventLabel, groundLabel } from './rights-labels';

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function RightsTab({ caseFile }: { caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [view, setView] = useState<RightsViewDto | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void api.rights.assess({ kind: caseFile.kind, id: caseFile.id }).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setView(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, caseFile.kind, caseFile.id]);

  const changed = (next: RightsViewDto, text: string | null): void => {
    setView(next);
    setMessage(text);
  };

  return (
    <div className="stack" data-testid="rights-panel">
      <section className="card" aria-labelledby="rights-title">
        <h2 id="rights-title" className="card__title">
          {t('rightsPanel.title')}
        </h2>
        <p className="empty-note">{t('rightsPanel.intro')}</p>
        {error && <ErrorMessage error={error} />}
        {message && (
          <p className="status-message" role="status">
            {message}
          </p>
        )}
        {view !== null && view.assessments.length === 0 && <p className="empty-note">{t('rightsPanel.empty')}</p>}
      </section>
      {view?.assessments.map((assessment) => (
        <RightCard
          key={`${assessment.right}-${assessment.eventId ?? 'career'}`}
          caseFile={caseFile}
          assessment={assessment}
          event={view.events.find((event) => event.id === assessment.eventId)}
          application={view.applications
            .filter((item) => item.right === assessment.right && item.eventId === assessment.eventId)
            .at(-1)}
          onChanged={(next, text) => changed(next, text)}
        />
      ))}
      <RightsEventForm caseFile={caseFile} today={todayIso()} onRecorded={(next) => changed(next, null)} />
      {view !== null && view.events.length > 0 && (
        <section className="card" aria-labelledby="rights-events-title">
          <h2 id="rights-events-title" className="card__title">
            {t('rightsPanel.fields.events')}
          </h2>
          <ul>
            {view.events.map((event) => (
              <li key={event.id}>
                {t('rightsPanel.fields.eventOn', { event: eventLabel(t, event.kind), date: format.date(event.date) })}
                {event.cessationGround && ` (${groundLabel(t, event.cessationGround)})`} — {event.source} (
                {t(`rightsPanel.fields.origin.${event.origin}`)})
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
