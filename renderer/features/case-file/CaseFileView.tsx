/**
 * The case file with the person in front of the advisor: who they are and where they stand (status,
 * balance) always in view, the rest in tabs — overview, account, plans and letters, requests,
 * notes, tasks. The tab is in the address (`?tab=`), so a link can open the right one.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { cents } from '../../../shared/domain/money';
import { caseFilePath } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { formatIdentifier } from '../../ui/format-identifier';
import { Tabs } from '../../ui/Tabs';
import { ContributionsTab } from './ContributionsTab';
import { FollowUpTab } from './FollowUpTab';
import { NotesTab } from './NotesTab';
import { OverviewTab } from './OverviewTab';
import { RequestsTab } from './RequestsTab';
import { RightsTab } from './RightsTab';
import { TasksTab } from './TasksTab';
import { ComplaintsTab } from './ComplaintsTab';
import { CaseFileContact } from './CaseFileContact';
import { AuditTab } from './AuditTab';
import { PersonalDataExport } from './PersonalDataExport';
import { statusLabel } from './case-file-labels';

type Props = { detail: CaseFileDetail; titleId: string };

const tabIds = [
  'overview',
  'account',
  'follow-up',
  'requests',
  'rights',
  'notes',
  'tasks',
  'complaints',
  'audit',
] as const;
type TabId = (typeof tabIds)[number];

function isTabId(value: string | null): value is TabId {
  return value !== null && (tabIds as readonly string[]).includes(value);
}

export function CaseFileView({ detail, titleId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const active: TabId = isTabId(requested) ? requested : 'overview';
  const { summary, balance } = detail;
  const ref = { kind: summary.kind, id: summary.id };

  // Move focus to the title so a screen reader announces which file opened; the keys still work.
  useEffect(() => {
    titleRef.current?.focus();
  }, [summary.id]);

  const openTasks = detail.tasks.filter((task) => task.status === 'open').length;
  const tabs = [
    { id: 'overview', label: t('caseFile.tabs.overview') },
    { id: 'account', label: t('caseFile.tabs.account') },
    {
      id: 'follow-up',
      label: t('caseFile.tabs.followUp'),
      badge: detail.plans.length + detail.letters.length || undefined,
    },
    { id: 'requests', label: t('caseFile.tabs.requests'), badge: detail.requests.length || undefined },
    ...(ref.kind === 'person' ? [{ id: 'rights', label: t('rightsPanel.tab') }] : []),
    { id: 'notes', label: t('caseFile.tabs.notes'), badge: detail.interactions.length || undefined },
    { id: 'tasks', label: t('caseFile.tabs.tasks'), badge: openTasks || undefined },
    { id: 'complaints', label: t('complaint.tab') },
    { id: 'audit', label: t('counter.audit.title') },
  ];

  return (
    <article className="case-file">
      <header className="case-file__header">
        <div>
          <h1 id={titleId} ref={titleRef} tabIndex={-1} className="page-title case-file__title">
            {summary.displayName}
          </h1>
          <p className="case-file__subtitle">
            <span>{t('caseFile.reference', { reference: summary.reference })}</span>
            <span className="mono">{formatIdentifier(summary.kind, summary.identifier)}</span>
          </p>
        </div>
        <p className={`status-pill status-pill--${summary.status}`}>
          <span className="visually-hidden">{t('affiliation.statusLabel')} </span>
          {statusLabel(t, summary.status)}
        </p>
      </header>

      <div className="case-file__summary-bar">
        <dl className="case-file__balance" aria-label={t('caseFile.balance.label')}>
          <div>
            <dt>{t('caseFile.balance.balance')}</dt>
            <dd className={balance.balanceCents > 0 ? 'is-debt' : undefined} data-testid="case-file-balance">
              {format.money(cents(balance.balanceCents))}
            </dd>
          </div>
          <div>
            <dt>{t('caseFile.balance.overdue')}</dt>
            <dd>{format.money(cents(balance.overdueCents))}</dd>
          </div>
          <div>
            <dt>{t('caseFile.balance.surcharges')}</dt>
            <dd>{format.money(cents(balance.surchargesOpenCents))}</dd>
          </div>
        </dl>
        <nav className="case-file__actions" aria-label={t('caseFile.actions.label')}>
          <Link className="button button--secondary" to={`${caseFilePath(ref)}/simulation`}>
            {t('caseFile.actions.simulation')}
          </Link>
          <Link className="button button--secondary" to={`${caseFilePath(ref)}/payment-plan`}>
            {t('caseFile.actions.paymentPlan')}
          </Link>
          <Link className="button button--secondary" to={`${caseFilePath(ref)}/attestations`}>
            {t('attestations.action')}
          </Link>
          {ref.kind === 'person' && (
            <Link className="button button--secondary" to={`${caseFilePath(ref)}/situation`}>
              {t('situation.action')}
            </Link>
          )}
          <Link className="button button--secondary" to={`${caseFilePath(ref)}/recovery`}>
            {t('recovery.open')}
          </Link>
          {ref.kind === 'person' && <PersonalDataExport personId={ref.id} />}
        </nav>
      </div>

      <CaseFileContact caseFile={ref} />

      <Tabs
        idPrefix="case-file"
        label={t('caseFile.tabs.label')}
        tabs={tabs}
        active={active}
        onChange={(id) => setSearchParams({ tab: id }, { replace: true })}
      >
        {active === 'overview' && <OverviewTab detail={detail} />}
        {active === 'account' && <ContributionsTab detail={detail} caseFile={ref} />}
        {active === 'follow-up' && <FollowUpTab detail={detail} caseFile={ref} />}
        {active === 'requests' && <RequestsTab detail={detail} caseFile={ref} />}
        {active === 'rights' && ref.kind === 'person' && <RightsTab caseFile={ref} />}
        {active === 'notes' && <NotesTab detail={detail} caseFile={ref} />}
        {active === 'tasks' && <TasksTab detail={detail} caseFile={ref} />}
        {active === 'complaints' && <ComplaintsTab caseFile={ref} />}
        {active === 'audit' && <AuditTab caseFile={ref} />}
      </Tabs>
    </article>
  );
}
