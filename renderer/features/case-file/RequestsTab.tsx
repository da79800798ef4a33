/**
 * Exemption (dispense) and surcharge-waiver requests: filed with grounds and quarters, decided by
 * INASTI, and what a granted decision removed from the balance. Filing and deciding reload the file
 * so the contributions and the balance show the effect at once.
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../i18n/message-text';
import { requestDecidingRoles, requestGrounds, type RequestDto } from '../../../shared/contract/channels/request';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import type { ContractError } from '../../../shared/contract/errors';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import type { CaseFileRef } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatQuarter } from '../../ui/explanation-params';
import { FormField } from '../../ui/FormField';
import { loadCaseFile } from './case-file-store';
import { RequestDecision, type AuthorityDecision } from './RequestDecision';

type Grounds = (typeof requestGrounds)[number];

export function requestKindLabel(t: TFunction, kind: RequestDto['kind']): string {
  switch (kind) {
    case 'exemption':
      return t('request.kind.exemption');
    case 'surcharge-waiver':
      return t('request.kind.surchargeWaiver');
    case 'provisional-reduction':
      return t('request.kind.provisionalReduction');
    case 'provisional-increase':
      return t('request.kind.provisionalIncrease');
  }
}

function groundsLabel(t: TFunction, grounds: Grounds): string {
  switch (grounds) {
    case 'financial-difficulty':
      return t('request.grounds.financialDifficulty');
    case 'force-majeure':
      return t('request.grounds.forceMajeure');
    case 'good-faith':
      return t('request.grounds.goodFaith');
    case 'deserving-situation':
      return t('request.grounds.deservingSituation');
    case 'lower-income':
      return t('request.grounds.lowerIncome');
    case 'higher-income':
      return t('request.grounds.higherIncome');
    case 'other':
      return t('request.grounds.other');
  }
}

function statusLabel(t: TFunction, status: RequestDto['status']): string {
  switch (status) {
    case 'filed':
      return t('request.status.filed');
    case 'granted':
      return t('request.status.granted');
    case 'refused':
      return t('request.status.refused');
  }
}

function isGrounds(value: string): value is Grounds {
  return (requestGrounds as readonly string[]).includes(value);
}

export function RequestsTab({ detail, caseFile }: { detail: CaseFileDetail; caseFile: CaseFileRef }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const role = useSessionStore((state) => state.session?.advisor.role);
  const canDecide = role !== undefined && (requestDecidingRoles as readonly string[]).includes(role);
  const [kind, setKind] = useState<'exemption' | 'surcharge-waiver'>('exemption');
  const [grounds, setGrounds] = useState<Grounds>('financial-difficulty');
  const [groundsText, setGroundsText] = useState('');
  const [quarters, setQuarters] = useState<string[]>([]);
  const [error, setError] = useState<ContractError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // Quarters that were claimed and are not settled: what a request can be about.
  const candidates = [
    ...new Set(
      detail.contributions
        .filter(
          (row) =>
            row.quarter !== null &&
            row.kind === 'provisional' &&
            (kind === 'exemption' ? row.status !== 'paid' && row.status !== 'exempted' : row.surchargeCents > 0),
        )
        .map((row) => `${row.year}-Q${row.quarter}`),
    ),
  ];

  async function file(): Promise<void> {
    setMessage(null);
    const reply = await api.request.file({ ...caseFile, requestKind: kind, grounds, groundsText, quarters });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setQuarters([]);
    setGroundsText('');
    setMessage(t('caseFile.requests.filed'));
    await loadCaseFile(api, caseFile, true);
  }

  async function decide(
    request: RequestDto,
    decision: 'granted' | 'refused',
    note: string,
    authority: AuthorityDecision,
  ): Promise<void> {
    const reply = await api.request.decide({ requestId: request.id, decision, note, ...authority });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    const outcome =
      decision === 'granted' ? t('caseFile.requests.grantedMessage') : t('caseFile.requests.refusedMessage');
    setMessage(`${outcome} ${t('counter.request.letterQueued')}`);
    await loadCaseFile(api, caseFile, true);
  }

  const quartersError = error?.details?.issues?.find((issue) => issue.path === 'quarters')?.messageKey ?? null;
  return (
    <div className="stack">
      <form
        className="card request-form"
        aria-labelledby="request-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void file();
        }}
      >
        <h2 id="request-form-title" className="card__title">
          {t('caseFile.requests.new')}
        </h2>
        <fieldset className="request-form__kind">
          <legend className="form-field__label">{t('caseFile.requests.kind')}</legend>
          {(['exemption', 'surcharge-waiver'] as const).map((value) => (
            <label key={value} className="form-check">
              <input
                type="radio"
                name="request-kind"
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  setQuarters([]);
                }}
              />
              {requestKindLabel(t, value)}
            </label>
          ))}
        </fieldset>
        <FormField id="request-grounds" label={t('caseFile.requests.grounds')}>
          <select
            value={grounds}
            onChange={(event) => {
              if (isGrounds(event.target.value)) setGrounds(event.target.value);
            }}
          >
            {requestGrounds.map((value) => (
              <option key={value} value={value}>
                {groundsLabel(t, value)}
              </option>
            ))}
          </select>
        </FormField>
        <fieldset
          className="request-form__quarters"
          aria-describedby={quartersError ? 'request-quarters-error' : undefined}
        >
          <legend className="form-field__label">{t('caseFile.requests.quarters')}</legend>
          {candidates.length === 0 ? (
            <p className="empty-note">{t('caseFile.requests.noQuarter')}</p>
          ) : (
            candidates.map((quarter) => (
              <label key={quarter} className="form-check">
                <input
                  type="checkbox"
                  checked={quarters.includes(quarter)}
                  onChange={(event) =>
                    setQuarters((current) =>
                      event.target.checked ? [...current, quarter] : current.filter((item) => item !== quarter),
                    )
                  }
                />
                {formatQuarter(quarter, t)}
              </label>
            ))
          )}
          {quartersError && (
            <span id="request-quarters-error" className="form-field__error">
              {messageText(t, (key) => i18n.exists(key), quartersError, {}, 'errors.validation')}
            </span>
          )}
        </fieldset>
        <FormField id="request-text" label={t('caseFile.requests.groundsText')}>
          <textarea value={groundsText} maxLength={2000} onChange={(event) => setGroundsText(event.target.value)} />
        </FormField>
        {error && !quartersError && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button">
            {t('caseFile.requests.file')}
          </button>
          {message && (
            <span className="status-message" role="status">
              {message}
            </span>
          )}
        </div>
      </form>

      <section className="card" aria-labelledby="requests-title">
        <h2 id="requests-title" className="card__title">
          {t('caseFile.requests.title')}
        </h2>
        {detail.requests.length === 0 ? (
          <p className="empty-note">{t('caseFile.requests.empty')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('caseFile.requests.filedOn')}</th>
                <th scope="col">{t('caseFile.requests.kind')}</th>
                <th scope="col">{t('caseFile.requests.grounds')}</th>
                <th scope="col">{t('caseFile.requests.quarters')}</th>
                <th scope="col">{t('caseFile.requests.status')}</th>
                <th scope="col" className="amount">
                  {t('caseFile.requests.effect')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('caseFile.tasks.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.requests.map((request) => (
                <tr key={request.id}>
                  <td>{format.date(request.filedOn)}</td>
                  <td>{requestKindLabel(t, request.kind)}</td>
                  <td>
                    {groundsLabel(t, request.grounds)}
                    {request.groundsText && <span className="request__text"> — {request.groundsText}</span>}
                  </td>
                  <td>
                    {request.quarters.length > 0
                      ? request.quarters.map((quarter) => formatQuarter(quarter, t)).join(', ')
                      : request.year !== null && request.requestedIncomeCents !== null
                        ? t('caseFile.requests.provisionalOn', {
                            year: request.year,
                            amount: format.money(cents(request.requestedIncomeCents)),
                          })
                        : ''}
                  </td>
                  <td>
                    <span className={`status-pill request-status--${request.status}`}>
                      {statusLabel(t, request.status)}
                    </span>
                    {request.decidedOn && <span className="request__decided"> {format.date(request.decidedOn)}</span>}
                  </td>
                  <td className="amount">
                    {request.effectCents !== 0 ? format.money(cents(-request.effectCents)) : '—'}
                  </td>
                  <td>
                    {request.status === 'filed' &&
                      (request.kind === 'exemption' || request.kind === 'surcharge-waiver') &&
                      !canDecide && (
                        <span className="request__awaiting">{t('caseFile.requests.awaitingDecision')}</span>
                      )}
                    {request.status === 'filed' &&
                      (request.kind === 'exemption' || request.kind === 'surcharge-waiver') &&
                      canDecide && (
                        <RequestDecision
                          request={request}
                          onDecide={(target, decision, note, authority) =>
                            void decide(target, decision, note, authority)
                          }
                        />
                      )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
