/** Before a formal-notice batch runs: who would receive one, and why each debtor is in it (their recovery path). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormalNoticeCandidatesDto } from '../../../shared/contract/channels/recovery';
import type { ContractError } from '../../../shared/contract/errors';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExplanationList } from '../../ui/ExplanationList';
import { Link } from 'react-router';

export function FormalNoticeCandidates({ branchCode }: { branchCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [list, setList] = useState<FormalNoticeCandidatesDto | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void api.recovery.formalNoticeCandidates({ branchCode }).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setList(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, branchCode]);
  if (error) return <ErrorMessage error={error} />;
  if (list === null) return null;
  return (
    <section aria-labelledby="formal-notice-list-title" data-testid="formal-notice-candidates">
      <h3 id="formal-notice-list-title">
        {t('recovery.batch.listTitle', { shown: list.debtors.length, total: list.total })}
      </h3>
      <ul className="stack">
        {list.debtors.map((debtor) => (
          <li key={debtor.caseFile.id}>
            <details>
              <summary>
                <Link to={`${caseFilePath(debtor.caseFile)}/recovery`}>{debtor.displayName}</Link> —{' '}
                {format.money(cents(debtor.openCents))} · {t('recovery.oldestDue')} {format.date(debtor.oldestDueDate)}
              </summary>
              <ExplanationList lines={debtor.explanation} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
