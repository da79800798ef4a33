/**
 * The dashboard's workload and debts: tasks by kind (chart and table), by advisor, debts by age
 * (chart and table) and by recovery step, cut as the head-office debts report cuts them.
 */
import { useTranslation } from 'react-i18next';
import type { BranchDashboardDto } from '../../../shared/contract/channels/dashboard';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { BarChart } from './BarChart';
import { Section } from './Section';

export function TaskSections({ figures }: { figures: BranchDashboardDto }) {
  const { t } = useTranslation();
  const kindLabel = (kind: string) => t(`dashboard.tasks.kinds.${kind}`, { defaultValue: kind });
  return (
    <>
      <Section id="tasks" title={t('dashboard.tasks.title')}>
        <BarChart
          title={t('dashboard.tasks.chart')}
          bars={figures.tasksByKind.map((row) => ({
            key: row.kind,
            label: kindLabel(row.kind),
            value: row.open,
            highlight: row.overdue,
            text: `${row.open} (${row.overdue})`,
          }))}
        />
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.tasks.kind')}</th>
              <th scope="col" className="amount">
                {t('dashboard.open')}
              </th>
              <th scope="col" className="amount">
                {t('dashboard.overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.tasksByKind.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{kindLabel(row.kind)}</th>
                <td className="amount">{row.open}</td>
                <td className="amount">{row.overdue}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('dashboard.total')}</th>
              <td className="amount">{figures.tasksTotal.open}</td>
              <td className="amount">{figures.tasksTotal.overdue}</td>
            </tr>
          </tbody>
        </table>
      </Section>
      <Section id="advisors" title={t('dashboard.tasks.byAdvisorTitle')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.tasks.advisor')}</th>
              <th scope="col" className="amount">
                {t('dashboard.open')}
              </th>
              <th scope="col" className="amount">
                {t('dashboard.overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.tasksByAdvisor.map((row) => (
              <tr key={row.advisorId ?? ''}>
                <th scope="row">{row.advisorName ?? t('dashboard.tasks.unassigned')}</th>
                <td className="amount">{row.open}</td>
                <td className="amount">{row.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}

export function DebtSections({ figures }: { figures: BranchDashboardDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (value: number) => format.money(cents(value));
  const stepLabel = (step: string) => t(`dashboard.debts.steps.${step}`, { defaultValue: step });
  const ageLabel = (bucket: string) => t('dashboard.debts.days', { range: bucket });
  return (
    <>
      <Section id="debts" isWide title={t('dashboard.debts.title')}>
        <div className="dashboard__pair">
          <BarChart
            title={t('dashboard.debts.chart')}
            bars={figures.debtsByAge.map((row) => ({
              key: row.ageBucket,
              label: ageLabel(row.ageBucket),
              value: row.outstandingCents,
              text: money(row.outstandingCents),
            }))}
          />
          <DebtTable
            head={t('dashboard.debts.ageBucket')}
            rows={figures.debtsByAge.map((row) => ({ ...row, key: row.ageBucket, label: ageLabel(row.ageBucket) }))}
            total={figures.debtsTotal}
          />
        </div>
      </Section>
      <Section id="steps" isWide title={t('dashboard.debts.byStepTitle')}>
        <DebtTable
          head={t('dashboard.debts.step')}
          rows={figures.debtsByStep.map((row) => ({
            ...row,
            key: row.recoveryStep,
            label: stepLabel(row.recoveryStep),
          }))}
          total={figures.debtsTotal}
        />
      </Section>
    </>
  );
}

type DebtLine = { key: string; label: string; debts: number; caseFiles: number; outstandingCents: number };

function DebtTable({
  head,
  rows,
  total,
}: {
  head: string;
  rows: readonly DebtLine[];
  total: Omit<DebtLine, 'key' | 'label'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const line = (label: string, row: Omit<DebtLine, 'key' | 'label'>, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td className="amount">{row.debts}</td>
      <td className="amount">{row.caseFiles}</td>
      <td className="amount">{format.money(cents(row.outstandingCents))}</td>
    </tr>
  );
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="amount">
            {t('dashboard.debts.debts')}
          </th>
          <th scope="col" className="amount">
            {t('dashboard.debts.caseFiles')}
          </th>
          <th scope="col" className="amount">
            {t('dashboard.debts.outstanding')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => line(row.label, row, row.key))}
        {line(t('dashboard.total'), total, 'total')}
      </tbody>
    </table>
  );
}
