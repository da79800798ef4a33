/**
 * From a case file, "apply" turns a scenario into a request on the active affiliation: the
 * provisional contributions of the year calculated on the requested income (reduction below the
 * current basis, increase above). The services decide which it is and file it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileKind, CaseFileSummary } from '../../../shared/contract/app-contract';
import type { RequestDto } from '../../../shared/contract/channels/request';
import type { ContractError } from '../../../shared/contract/errors';
import type { ContributionRequest } from '../../../shared/domain/contribution/types';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';

type Props = {
  caseFile: { kind: CaseFileKind; id: string };
  request: ContributionRequest;
  scenarioLabel: string;
  scenarioId: string;
};

type Affiliation = CaseFileSummary['affiliations'][number];

export function ApplyScenario({ caseFile, request, scenarioLabel, scenarioId }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [affiliation, setAffiliation] = useState<Affiliation | null | undefined>(undefined);
  const [grounds, setGrounds] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState<ContractError | null>(null);
  const [filed, setFiled] = useState<RequestDto | null>(null);

  const { kind, id } = caseFile;
  useEffect(() => {
    let isCurrent = true;
    void api.caseFile.get({ kind, id }).then((reply) => {
      if (!isCurrent) return;
      setAffiliation(reply.ok ? (reply.value.affiliations.find((item) => item.isActive) ?? null) : null);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, kind, id]);

  const requestedIncome = request.provisional?.kind === 'requested' ? request.provisional.income : request.income;

  if (affiliation === undefined) return null;
  if (affiliation === null)
    return <p className="simulation__apply-note">{t('simulation.apply.noActiveAffiliation')}</p>;

  async function apply(): Promise<void> {
    if (!affiliation) return;
    setStatus('saving');
    setError(null);
    const reply = await api.simulation.apply({
      affiliationId: affiliation.id,
      year: request.year,
      requestedIncomeCents: requestedIncome,
      groundsText: grounds,
    });
    if (reply.ok) {
      setFiled(reply.value);
      setStatus('saved');
    } else {
      setError(reply.error);
      setStatus('error');
    }
  }

  return (
    <form
      className="simulation__apply"
      aria-label={t('simulation.apply.label', { scenario: scenarioLabel })}
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <p className="simulation__apply-summary">
        {t('simulation.apply.summary', { year: request.year, amount: format.money(requestedIncome) })}
      </p>
      <FormField id={`${scenarioId}-grounds`} label={t('simulation.apply.grounds')}>
        <textarea value={grounds} maxLength={2000} onChange={(event) => setGrounds(event.target.value)} />
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" disabled={status === 'saving'}>
          {t('simulation.apply.submit')}
        </button>
      </div>
      {status === 'saved' && filed && (
        <p className="status-message" role="status">
          {filed.kind === 'provisional-increase'
            ? t('simulation.apply.savedIncrease')
            : t('simulation.apply.savedReduction')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
