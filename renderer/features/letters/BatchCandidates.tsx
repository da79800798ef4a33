/**
 * Before a batch runs: the case files it would write to and why, then those of the period it leaves
 * out and why (e.g. an affiliation ended before the quarter, a debtor already further on the recovery path).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BatchCandidatesDto, BatchCriteriaDto } from '../../../shared/contract/channels/letters';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExplanationList } from '../../ui/ExplanationList';

type Candidate = BatchCandidatesDto['candidates'][number];

function CandidateList({ items }: { items: readonly Candidate[] }) {
  return (
    <ul className="stack">
      {items.map((candidate) => (
        <li key={`${candidate.caseFile.kind}-${candidate.caseFile.id}-${candidate.why[0]?.messageKey ?? ''}`}>
          <details>
            <summary>
              <Link to={caseFilePath(candidate.caseFile)}>{candidate.displayName}</Link>
            </summary>
            <ExplanationList lines={candidate.why} />
          </details>
        </li>
      ))}
    </ul>
  );
}

export function BatchCandidates({ criteria }: { criteria: BatchCriteriaDto }) {
  const { t } = useTranslation();
  const api = useApi();
  const [list, setList] = useState<BatchCandidatesDto | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void api.letters.batchCandidates(criteria).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setList(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, criteria]);
  if (error) return <ErrorMessage error={error} />;
  if (list === null) return null;
  const taken = list.candidates.filter((candidate) => candidate.isIn);
  const leftOut = list.candidates.filter((candidate) => !candidate.isIn);
  return (
    <div data-testid="batch-candidates">
      {list.inCount > 0 && (
        <section aria-labelledby="batch-candidates-title">
          <h3 id="batch-candidates-title">
            {t('letters.batch.candidatesTitle', { shown: taken.length, total: list.inCount })}
          </h3>
          <CandidateList items={taken} />
        </section>
      )}
      {list.outCount > 0 && (
        // Closed at first: the back office checks who is left out when a count surprises it.
        <details className="batch-left-out" data-testid="batch-left-out">
          <summary>
            <h3 className="batch-left-out__title">
              {t('letters.batch.leftOutTitle', { shown: leftOut.length, total: list.outCount })}
            </h3>
          </summary>
          <CandidateList items={leftOut} />
        </details>
      )}
    </div>
  );
}
