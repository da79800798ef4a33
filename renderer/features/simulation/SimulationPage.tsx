/**
 * Route `#/simulation` (and `#/case-files/:kind/:id/simulation` from a case file): two scenarios
 * side by side, recomputed on every keystroke by the pure rules engine — no service involved —
 * and a chart of the contribution against the income for both.
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { caseFileKindSchema } from '../../../shared/contract/app-contract';
import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import { rulesForYear } from '../../../shared/rules/index';
import { caseFilePath } from '../../app/shell-store';
import { ApplyScenario } from './ApplyScenario';
import { ContributionChart, type ChartSeries } from './ContributionChart';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioResult } from './ScenarioResult';
import { contributionCurve, curveMaximum } from './simulation-curve';
import { parseScenario, type ScenarioForm as Form } from './simulation-form';
import { copyScenario, updateScenario, useSimulationStore, type ScenarioId } from './simulation-store';
import './simulation.css';

function compute(form: Form) {
  const parsed = parseScenario(form);
  if (!parsed.ok) return { parsed, outcome: null };
  const rules = rulesForYear(parsed.request.year);
  if (!rules) return { parsed, outcome: null };
  return { parsed, outcome: simulateContribution(parsed.request, rules) };
}

export function SimulationPage() {
  const { t } = useTranslation();
  const params = useParams();
  const kind = caseFileKindSchema.safeParse(params.kind);
  const caseFile = kind.success && params.id ? { kind: kind.data, id: params.id } : null;
  const scenarios = useSimulationStore((state) => state.scenarios);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const a = useMemo(() => compute(scenarios.a), [scenarios.a]);
  const b = useMemo(() => compute(scenarios.b), [scenarios.b]);

  // The chart is the heavy part (about a hundred simulations): it may lag a keystroke behind.
  const deferred = useDeferredValue(scenarios);
  const chart = useMemo(() => {
    const requests = (['a', 'b'] as const).map((id) => ({ id, parsed: parseScenario(deferred[id]) }));
    const valid = requests.flatMap((entry) => (entry.parsed.ok ? [entry.parsed.request] : []));
    const maximum = curveMaximum(valid);
    const series: ChartSeries[] = requests.flatMap(({ id, parsed }) => {
      if (!parsed.ok) return [];
      const points = contributionCurve(parsed.request, maximum);
      const outcome = compute(deferred[id]).outcome;
      const marker = outcome?.ok
        ? { income: parsed.request.income, total: outcome.value.definitive.totals.total }
        : null;
      return points.length > 0
        ? [{ id, label: id === 'a' ? t('simulation.scenarioA') : t('simulation.scenarioB'), points, marker }]
        : [];
    });
    return { series, maximum };
  }, [deferred, t]);

  const panels: { id: ScenarioId; title: string; state: ReturnType<typeof compute> }[] = [
    { id: 'a', title: t('simulation.scenarioA'), state: a },
    { id: 'b', title: t('simulation.scenarioB'), state: b },
  ];

  return (
    <section className="simulation" aria-labelledby="simulation-title">
      {caseFile && (
        <p className="simulation__back">
          <Link to={caseFilePath(caseFile)} className="back-link">
            {t('simulation.backToCaseFile')}
          </Link>
        </p>
      )}
      <h1 id="simulation-title" ref={titleRef} tabIndex={-1} className="page-title">
        {t('simulation.title')}
      </h1>
      <p className="simulation__intro">{t('simulation.intro')}</p>
      <div className="simulation__scenarios">
        {panels.map((panel) => (
          <section
            key={panel.id}
            className={`card simulation__scenario simulation__scenario--${panel.id}`}
            aria-labelledby={`scenario-${panel.id}-title`}
          >
            <div className="simulation__scenario-head">
              <h2 id={`scenario-${panel.id}-title`} className="card__title">
                <span className={`chart__swatch chart__swatch--${panel.id}`} aria-hidden="true" />
                {panel.title}
              </h2>
              {panel.id === 'b' && (
                <button type="button" className="button button--secondary" onClick={() => copyScenario('a', 'b')}>
                  {t('simulation.copyFromA')}
                </button>
              )}
            </div>
            <ScenarioForm
              scenarioId={`scenario-${panel.id}`}
              form={scenarios[panel.id]}
              errors={panel.state.parsed.ok ? {} : panel.state.parsed.errors}
              onChange={(patch) => updateScenario(panel.id, patch)}
            />
            <ScenarioResult scenarioId={`scenario-${panel.id}`} outcome={panel.state.outcome} />
            {caseFile && panel.state.outcome?.ok && panel.state.parsed.ok && (
              <ApplyScenario
                caseFile={caseFile}
                request={panel.state.parsed.request}
                scenarioLabel={panel.title}
                scenarioId={`scenario-${panel.id}`}
              />
            )}
          </section>
        ))}
      </div>
      <section className="card simulation__chart">
        {chart.series.length > 0 ? (
          <ContributionChart series={chart.series} maxIncome={chart.maximum} />
        ) : (
          <p className="simulation__pending">{t('simulation.chart.empty')}</p>
        )}
      </section>
    </section>
  );
}
