/**
 * Route `#/recovery` (back office and branch manager): the branch's debtors by recovery step, or by
 * what holds their path, and by age of the oldest unpaid debt, with the amounts.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryOverviewDto } from '../../../shared/contract/channels/recovery';
import type { ContractError } from '../../../shared/contract/errors';
import { cents } from '../../../shared/domain/money';
import type { RecoveryStep, SuspensionReason } from '../../../shared/domain/recovery/types';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { stepLabel, suspensionLabel } from './recovery-labels';

const suspensions: readonly string[] = ['payment-plan', 'pending-request', 'bankruptcy'];

export function RecoveryOverviewPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const branchCode = useSessionStore((state) => state.session?.advisor.branch.code ?? '');
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [overview, setOverview] = useState<RecoveryOverviewDto | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (branchCode === '') return;
    let isCurrent = true;
    void api.recovery.overview({ branchCode }).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setOverview(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, branchCode]);
  const stageLabel = (stage: RecoveryStep | SuspensionReason) =>
    suspensions.includes(stage) ? suspensionLabel(t, stage as SuspensionReason) : stepLabel(t, stage as RecoveryStep);
  const cell = (value: { debtors: number; openCents: number }) =>
    value.debtors === 0 ? '—' : `${value.debtors} · ${format.money(cents(value.openCents))}`;
  return (
    <article className="stack">
      <h1 ref={titleRef} tabIndex={-1} className="page-title">
        {t('recovery.overview.title', { branch: branchCode })}
      </h1>
      {error && <ErrorMessage error={error} />}
      {overview && (
        <table className="data-table" data-testid="recovery-overview">
          <thead>
            <tr>
              <th scope="col">{t('recovery.step')}</th>
              {overview.ageBucketDays.map((days) => (
                <th key={days} scope="col" className="amount">
                  {t('recovery.overview.upTo', { days })}
                </th>
              ))}
              <th scope="col" className="amount">
                {t('recovery.overview.older', { days: overview.ageBucketDays.at(-1) ?? 0 })}
              </th>
              <th scope="col" className="amount">
                {t('recovery.overview.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{stageLabel(row.stage)}</th>
                {row.buckets.map((bucket, index) => (
                  <td key={index} className="amount">
                    {cell(bucket)}
                  </td>
                ))}
                <td className="amount">{cell(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
