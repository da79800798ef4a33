/** Finds a case file held on this device through the search channel, and picks one of the hits. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileHit } from '../../../shared/contract/app-contract';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { formatIdentifier } from '../../ui/format-identifier';

type Props = { picked: CaseFileHit | null; onPick: (hit: CaseFileHit) => void };

export function CaseFilePicker({ picked, onPick }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<CaseFileHit[] | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const search = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const reply = await api.caseFile.search({ query, limit: 20 });
    if (reply.ok) setHits(reply.value);
    else setError(reply.error);
  };
  return (
    <div className="stack">
      <form className="form-row" onSubmit={(event) => void search(event)} role="search">
        <FormField
          id="unmatched-search"
          label={t('unmatchedPayments.form.search')}
          hint={t('unmatchedPayments.form.searchHint')}
        >
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </FormField>
        <button type="submit" className="button">
          {t('unmatchedPayments.form.searchButton')}
        </button>
      </form>
      {error && <ErrorMessage error={error} />}
      {hits?.length === 0 && <p>{t('unmatchedPayments.form.noHits')}</p>}
      {hits !== null && hits.length > 0 && (
        <fieldset>
          <legend>{t('unmatchedPayments.form.caseFileLegend')}</legend>
          {hits.map((hit) => (
            <label key={hit.id} className="form-check">
              <input
                type="radio"
                name="unmatched-case-file"
                checked={picked?.id === hit.id}
                onChange={() => onPick(hit)}
              />
              {hit.displayName} — {formatIdentifier(hit.kind, hit.identifier)}
              {hit.municipality ? ` — ${hit.municipality}` : ''}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
