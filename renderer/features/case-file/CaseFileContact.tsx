/**
 * The advisor the case file is assigned to: its contact on letters ("un interlocuteur qui connaît
 * votre dossier"). The branch manager may assign it; others only see it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assigningRoles } from '../../../shared/contract/channels/work-queue';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import type { CaseFileRef } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';

type AdvisorRef = { id: string; displayName: string } | null;

export function CaseFileContact({ caseFile }: { caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const api = useApi();
  const role = useSessionStore((state) => state.session?.advisor.role);
  const canAssign = role !== undefined && (assigningRoles as readonly string[]).includes(role);
  const [contact, setContact] = useState<AdvisorRef>(null);
  const [advisors, setAdvisors] = useState<{ id: string; displayName: string }[]>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<ContractError | null>(null);

  const { kind, id } = caseFile;
  useEffect(() => {
    void api.caseFile.contact({ kind, id }).then((reply) => reply.ok && setContact(reply.value.advisor));
    if (canAssign) void api.workQueue.advisors({}).then((reply) => reply.ok && setAdvisors(reply.value));
  }, [api, kind, id, canAssign]);

  async function assign(): Promise<void> {
    const reply = await api.caseFile.assignAdvisor({ ...caseFile, advisorId: chosen });
    if (!reply.ok) return setError(reply.error);
    setContact(reply.value.advisor);
    setError(null);
  }

  return (
    <div className="case-file__contact">
      <p>
        <span className="case-file__contact-label">{t('workQueue.contact.label')} : </span>
        <span data-testid="case-file-contact">{contact?.displayName ?? t('workQueue.contact.none')}</span>
      </p>
      {canAssign && (
        <form
          className="case-file__contact-form"
          onSubmit={(event) => {
            event.preventDefault();
            void assign();
          }}
        >
          <label htmlFor="case-file-contact-advisor">{t('workQueue.contact.choose')}</label>{' '}
          <select id="case-file-contact-advisor" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="" />
            {advisors.map((advisor) => (
              <option key={advisor.id} value={advisor.id}>
                {advisor.displayName}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="button button--secondary" disabled={chosen === ''}>
            {t('workQueue.contact.assign')}
          </button>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
