/**
 * Route `#/intake/:draftId`: the affiliation wizard. Each step is saved as a draft on "next" and a
 * moment after the advisor stops typing, so a crash or a restart loses nothing; the services
 * recompute the problems and the consequences on every save. Enter goes to the next step.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ChannelOutput } from '../../../shared/contract/app-contract';
import {
  companyIntakeSteps,
  personIntakeSteps,
  type IntakeDraftDto,
  type IntakeStep,
} from '../../../shared/contract/channels/intake';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { fieldErrors, localIssues } from './intake-issues';
import { formsOf, stepPayload, type StepForms } from './step-forms';
import { ActivityStep } from './steps/ActivityStep';
import { CompanyStep } from './steps/CompanyStep';
import { DirectorsStep } from './steps/DirectorsStep';
import { IdentityStep } from './steps/IdentityStep';
import { MandatesStep } from './steps/MandatesStep';
import { ReviewStep } from './steps/ReviewStep';
import { SpouseStep } from './steps/SpouseStep';
import './intake.css';

const AUTOSAVE_MS = 700;

type Completion = ChannelOutput<'intake.complete'>;

export function IntakeWizardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { draftId = '' } = useParams();
  const [draft, setDraft] = useState<IntakeDraftDto | null>(null);
  const [forms, setForms] = useState<StepForms | null>(null);
  const [step, setStep] = useState<IntakeStep | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [estimate, setEstimate] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [duplicates, setDuplicates] = useState<ChannelOutput<'intake.checkDuplicates'> | null>(null);
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [isDirty, setIsDirty] = useState(false);
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let isCurrent = true;
    void api.intake.get({ draftId }).then((reply) => {
      if (!isCurrent) return;
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      setDraft(reply.value);
      const loaded = formsOf(reply.value);
      setForms(loaded);
      setEstimate(
        loaded.activity.estimatedIncomeCents === null
          ? ''
          : (loaded.activity.estimatedIncomeCents / 100).toFixed(2).replace('.', ','),
      );
      setStep(reply.value.step);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, draftId]);

  // Autosave: a moment after the last keystroke, the step as typed goes to the draft.
  useEffect(() => {
    if (!isDirty || !step || step === 'review') return;
    const timer = window.setTimeout(() => {
      if (!forms) return;
      setIsDirty(false);
      void api.intake.saveStep({ draftId, payload: stepPayload(step, forms) }).then((reply) => {
        if (reply.ok) setDraft(reply.value);
      });
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [api, draftId, isDirty, forms, step]);

  useEffect(() => {
    if (step !== 'review') return;
    void api.intake.checkDuplicates({ draftId }).then((reply) => setDuplicates(reply.ok ? reply.value : null));
  }, [api, draftId, step]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  if (error && !draft) {
    return (
      <section className="intake">
        <h1 className="page-title">{t('intake.title')}</h1>
        <ErrorMessage error={error} />
        <Link to="/intake">{t('intake.backToStart')}</Link>
      </section>
    );
  }
  if (!draft || !forms || !step) return <p role="status">{t('intake.loading')}</p>;

  const steps: readonly IntakeStep[] = draft.kind === 'person' ? personIntakeSteps : companyIntakeSteps;
  const index = steps.indexOf(step);
  const stepLabel = (value: IntakeStep): string => {
    switch (value) {
      case 'identity':
        return t('intake.steps.identity');
      case 'activity':
        return t('intake.steps.activity');
      case 'spouse':
        return t('intake.steps.spouse');
      case 'mandates':
        return t('intake.steps.mandates');
      case 'company':
        return t('intake.steps.company');
      case 'directors':
        return t('intake.steps.directors');
      case 'review':
        return t('intake.steps.review');
    }
  };

  const local = localIssues(step, forms, draft);
  const issues = local ?? draft.issues;
  const errors = fieldErrors(step, issues, touched, isSubmitted);
  const hasBlockingLocal = local !== null && Object.keys(fieldErrors(step, local, touched, true)).length > 0;

  function change<K extends keyof StepForms>(key: K, value: StepForms[K], field: string): void {
    setForms((current) => (current ? { ...current, [key]: value } : current));
    setTouched((current) => new Set(current).add(field));
    setIsDirty(true);
  }

  async function goTo(target: IntakeStep, isForward: boolean): Promise<void> {
    if (!forms || !step) return;
    if (isForward && hasBlockingLocal) {
      setIsSubmitted(true);
      window.setTimeout(() => document.querySelector<HTMLElement>('.intake__step [aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setError(null);
    const reply =
      step === 'review'
        ? await api.intake.get({ draftId })
        : await api.intake.saveStep({ draftId, payload: stepPayload(step, forms), nextStep: target });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setIsDirty(false);
    setDraft(reply.value);
    setStep(target);
    setTouched(new Set());
    setIsSubmitted(false);
  }

  async function complete(): Promise<void> {
    setError(null);
    const reply = await api.intake.complete({ draftId });
    if (reply.ok) setCompletion(reply.value);
    else setError(reply.error);
  }

  async function discard(): Promise<void> {
    const reply = await api.intake.discard({ draftId });
    if (reply.ok) navigate('/intake');
    else setError(reply.error);
  }

  if (completion) {
    const path = `${caseFilePath(completion.caseFile)}?tab=account`;
    return (
      <section className="intake" aria-labelledby="intake-done-title">
        <h1 id="intake-done-title" className="page-title" tabIndex={-1} ref={headingRef}>
          {t('intake.done.title')}
        </h1>
        <div className="card intake__done" role="status">
          <p className="plan-preview__verdict is-eligible">
            {draft.kind === 'person'
              ? t('intake.done.person', { name: draft.label })
              : t('intake.done.company', { name: draft.label })}
          </p>
          <ul>
            <li>{t('intake.done.schedule', { count: completion.contributionIds.length })}</li>
            <li>{t('intake.done.tasks', { count: completion.taskIds.length })}</li>
            <li>{t('intake.done.letter')}</li>
          </ul>
          <Link to={path} className="button">
            {t('intake.done.open')}
          </Link>
        </div>
      </section>
    );
  }

  const next = steps[index + 1];
  const previous = steps[index - 1];
  return (
    <section className="intake" aria-labelledby="intake-step-title">
      <p className="simulation__back">
        <Link to="/intake" className="back-link">
          {t('intake.backToStart')}
        </Link>
      </p>
      <h1 className="page-title">{t('intake.titleFor', { name: draft.label })}</h1>
      <ol className="intake__stepper" aria-label={t('intake.stepsLabel')}>
        {steps.map((value, position) => (
          <li
            key={value}
            className={value === step ? 'is-current' : position < index ? 'is-done' : undefined}
            aria-current={value === step ? 'step' : undefined}
          >
            <span className="intake__step-number">{position + 1}</span> {stepLabel(value)}
          </li>
        ))}
      </ol>
      <form
        className="card intake__step"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (next) void goTo(next, true);
          else void complete();
        }}
      >
        <h2 id="intake-step-title" ref={headingRef} tabIndex={-1} className="card__title">
          {t('intake.stepTitle', { number: index + 1, count: steps.length, title: stepLabel(step) })}
        </h2>
        {step === 'identity' && (
          <IdentityStep
            form={forms.identity}
            errors={errors}
            onChange={(patch, field) => change('identity', { ...forms.identity, ...patch }, field)}
          />
        )}
        {step === 'activity' && (
          <ActivityStep
            form={forms.activity}
            errors={errors}
            consequences={draft.consequences}
            estimate={estimate}
            onEstimate={setEstimate}
            onChange={(patch, field) => change('activity', { ...forms.activity, ...patch }, field)}
          />
        )}
        {step === 'spouse' && (
          <SpouseStep
            form={forms.spouse}
            errors={errors}
            isRequired={forms.activity.category === 'helping-spouse'}
            onChange={(patch, field) => change('spouse', { ...forms.spouse, ...patch }, field)}
          />
        )}
        {step === 'mandates' && (
          <MandatesStep
            mandates={forms.mandates.mandates}
            errors={errors}
            onChange={(mandates, field) => change('mandates', { mandates }, field)}
          />
        )}
        {step === 'company' && (
          <CompanyStep
            form={forms.company}
            errors={errors}
            onChange={(patch, field) => change('company', { ...forms.company, ...patch }, field)}
          />
        )}
        {step === 'directors' && (
          <DirectorsStep
            directors={forms.directors.directors}
            errors={errors}
            onChange={(directors, field) => change('directors', { directors }, field)}
          />
        )}
        {step === 'review' && (
          <ReviewStep
            draft={draft}
            duplicates={duplicates}
            stepLabel={stepLabel}
            onGoTo={(target) => void goTo(target, false)}
          />
        )}
        {error && <ErrorMessage error={error} />}
        <div className="button-row intake__buttons">
          {previous && (
            <button type="button" className="button button--secondary" onClick={() => void goTo(previous, false)}>
              {t('intake.previous')}
            </button>
          )}
          {next ? (
            <button type="submit" className="button">
              {t('intake.next', { step: stepLabel(next) })}
            </button>
          ) : (
            <button type="submit" className="button" disabled={draft.issues.length > 0}>
              {t('intake.complete')}
            </button>
          )}
          <span className="intake__saved" role="status">
            {isDirty ? t('intake.saving') : t('intake.saved')}
          </span>
          {isConfirmingDiscard ? (
            <button type="button" className="button button--danger" onClick={() => void discard()}>
              {t('intake.confirmDiscard')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--secondary intake__discard"
              onClick={() => setIsConfirmingDiscard(true)}
            >
              {t('intake.discard')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
