/**
 * Route `#/dashboard` (branch manager and back office): the branch's figures at today's date from the
 * device's own data, one section per figure group. Where a chart helps, it sits above its table; the
 * table is the source of truth.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchDashboardDto } from '../../../shared/contract/channels/dashboard';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LetterAndRequestSections, MovementSections } from './FigureSections';
import { DebtSections, TaskSections } from './WorkAndDebtSections';
import { OverdueTasks } from './OverdueTasks';
import './dashboard.css';

type Figures = BranchDashboardDto;

export function DashboardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const branchCode = useSessionStore((state) => state.session?.advisor.branch.code ?? '');
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    let isCurrent = true;
    void api.dashboard.branch({}).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setFigures(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api]);
  return (
    <article className="stack">
      <h1 ref={titleRef} tabIndex={-1} className="page-title">
        {t('dashboard.title', { branch: branchCode })}
      </h1>
      {error && <ErrorMessage error={error} />}
      {!figures && !error && <p>{t('dashboard.loading')}</p>}
      {figures && (
        <>
          <p className="dashboard__intro">
            {t('dashboard.intro', {
              at: format.date(figures.at),
              monthFrom: format.date(figures.monthFrom),
              yearFrom: format.date(figures.yearFrom),
            })}
          </p>
          <div className="dashboard__grid">
            <MovementSections figures={figures} />
            <TaskSections figures={figures} />
            <DebtSections figures={figures} />
            <LetterAndRequestSections figures={figures} />
            <OverdueTasks tasks={figures.overdueTasks} />
          </div>
        </>
      )}
    </article>
  );
}
