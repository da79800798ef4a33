/**
 * Route `#/case-files/:kind/:id/payment-plan`: pick the file's open debts, choose a number of
 * months or an instalment, see the schedule and the policy checks (recomputed by the services as
 * the terms change; nothing is written), then save as draft, propose, and mark as signed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { caseFileKindSchema } from '../../../shared/contract/app-contract';
import type { PaymentPlanDto, PlanPreview } from '../../../shared/contract/channels/payment-plan';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath, rememberCaseFile } from '../../app/shell-store';
import { DateInput } from '../../ui/DateInput';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { planStatusLabel } from '../../ui/record-labels';
import { DebtPicker, type OpenDebts } from './DebtPicker';
import { PlanFollowUp } from './PlanFollowUp';
import { PlanList } from './PlanList';
import { PlanPreviewView } from './PlanPreviewView';
import { PlanTermsForm } from './PlanTermsForm';
import { fundDay } from '../../../shared/domain/fund-day';
import { emptyPlanForm, parsePlanForm, type PlanForm } from './plan-form';
import './payment-plan.css';

const PREVIEW_DELAY_MS = 250;

export function PaymentPlanPage() {
  const { t } = useTranslation();
  const api = useApi();
  const params = useParams();
  const [searchParams] = useSearchParams();
  const kind = caseFileKindSchema.safeParse(params.kind);
  const caseFile = kind.success && params.id ? { kind: kind.data, id: params.id } : null;
  const caseKind = caseFile?.kind ?? null;
  const caseId = caseFile?.id ?? null;
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Term errors show once a field was touched or the form submitted, not on a form nobody has typed in yet.
  const [isSubmitted, setSubmitted] = useState(false);
  const [displayName, setDisplayName] = useState<string | null>(null);
  const [debts, setDebts] = useState<OpenDebts | null>(null);
  const [plans, setPlans] = useState<PaymentPlanDto[]>([]);
  const [loadError, setLoadError] = useState<ContractError | null>(null);
  const [form, setForm] = useState<PlanForm>(() => emptyPlanForm(fundDay(new Date())));
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [previewError, setPreviewError] = useState<ContractError | null>(null);
  const [plan, setPlan] = useState<PaymentPlanDto | null>(null);
  const [actionError, setActionError] = useState<ContractError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [signedOn, setSignedOn] = useState<string>(() => fundDay(new Date()));
  const [reloadCount, setReloadCount] = useState(0);
  const [followedId, setFollowedId] = useState<string | null>(null);

  useEffect(() => titleRef.current?.focus(), []);

  useEffect(() => {
    if (!caseKind || !caseId) return;
    let isCurrent = true;
    rememberCaseFile({ kind: caseKind, id: caseId });
    void Promise.all([
      api.paymentPlan.openDebts({ kind: caseKind, id: caseId }),
      api.caseFile.detail({ kind: caseKind, id: caseId }),
    ]).then(([debtsReply, detailReply]) => {
      if (!isCurrent) return;
      if (debtsReply.ok) setDebts(debtsReply.value);
      else setLoadError(debtsReply.error);
      if (detailReply.ok) {
        setDisplayName(detailReply.value.summary.displayName);
        setPlans(detailReply.value.plans);
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [api, caseKind, caseId, reloadCount]);

  // A plan named in the address (from the case file) is opened for review or continuation.
  const requestedPlan = searchParams.get('plan');
  useEffect(() => {
    if (!requestedPlan) return;
    const found = plans.find((candidate) => candidate.id === requestedPlan);
    if (found && (found.status === 'draft' || found.status === 'proposed')) openPlan(found);
    // Only when the list arrives: later edits of the form must not be overwritten.
  }, [requestedPlan, plans]);

  const parsed = useMemo(() => parsePlanForm(form), [form]);
  const body = parsed.ok ? parsed.body : null;

  useEffect(() => {
    // Without valid terms nothing is shown (see `shownPreview`): no request, no state to reset.
    if (!caseKind || !caseId || body === null) return;
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      void api.paymentPlan.draft({ kind: caseKind, id: caseId, ...body }).then((reply) => {
        if (!isCurrent) return;
        if (reply.ok) {
          setPreview(reply.value);
          setPreviewError(null);
        } else {
          setPreview(null);
          setPreviewError(reply.error);
        }
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [api, caseKind, caseId, body]);

  function openPlan(found: PaymentPlanDto): void {
    setPlan(found);
    setMessage(null);
    setActionError(null);
    setForm({
      contributionIds: found.contributionIds,
      termsKind: found.terms.kind,
      months: found.terms.kind === 'months' ? String(found.terms.months) : '',
      instalment: found.terms.kind === 'instalment' ? (found.terms.amountCents / 100).toFixed(2).replace('.', ',') : '',
      advance: '',
      start: found.startDate,
    });
  }

  function changeForm(patch: Partial<PlanForm>): void {
    setForm((current) => ({ ...current, ...patch }));
    setMessage(null);
    // A change after "propose" would make the proposal differ from the letter: start a new draft.
    if (plan && plan.status !== 'draft') setPlan(null);
  }

  async function run(action: 'save' | 'propose' | 'sign'): Promise<void> {
    if (!caseFile || !body) return;
    setActionError(null);
    setMessage(null);
    let reply;
    if (action === 'save')
      reply = await api.paymentPlan.save({
        ...caseFile,
        ...body,
        ...(plan?.status === 'draft' ? { planId: plan.id } : {}),
      });
    else if (action === 'propose' && plan) reply = await api.paymentPlan.propose({ planId: plan.id });
    else if (action === 'sign' && plan) reply = await api.paymentPlan.sign({ planId: plan.id, signedOn });
    else return;
    if (!reply.ok) {
      setActionError(reply.error);
      return;
    }
    setPlan(reply.value);
    setMessage(
      action === 'save'
        ? t('paymentPlan.actions.saved')
        : action === 'propose'
          ? t('paymentPlan.actions.proposed')
          : t('paymentPlan.actions.signed'),
    );
    setReloadCount((count) => count + 1);
  }

  async function review(target: PaymentPlanDto): Promise<void> {
    const reply = await api.paymentPlan.review({ planId: target.id });
    if (!reply.ok) {
      setActionError(reply.error);
      return;
    }
    setMessage(t('paymentPlan.actions.reviewed', { status: planStatusLabel(t, reply.value.status) }));
    setReloadCount((count) => count + 1);
  }

  if (!caseFile) {
    return (
      <section aria-labelledby="plan-title">
        <h1 id="plan-title" className="page-title">
          {t('paymentPlan.title')}
        </h1>
        <ErrorMessage error={{ code: 'not-found', messageKey: 'errors.notFound' }} />
      </section>
    );
  }

  const isSaved = plan !== null;
  const followed = plans.find((candidate) => candidate.id === (followedId ?? requestedPlan));
  const shownPreview = body ? preview : null;
  const shownPreviewError = body ? previewError : null;
  // Why "Propose" cannot be pressed yet, in the order the advisor meets the steps (null: it can).
  const proposeBlocker =
    plan !== null && plan.status !== 'draft'
      ? null
      : shownPreview?.isEligible !== true
        ? t('paymentPlan.actions.proposeNeedsEligible')
        : !isSaved
          ? t('paymentPlan.actions.proposeNeedsSave')
          : null;

  return (
    <section className="payment-plan" aria-labelledby="plan-title">
      <p className="simulation__back">
        <Link to={caseFilePath(caseFile)} className="back-link">
          {t('simulation.backToCaseFile')}
        </Link>
      </p>
      <h1 id="plan-title" ref={titleRef} tabIndex={-1} className="page-title">
        {displayName ? t('paymentPlan.titleFor', { name: displayName }) : t('paymentPlan.title')}
      </h1>
      {loadError && <ErrorMessage error={loadError} />}
      <div className="payment-plan__layout">
        <form
          className="payment-plan__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            void run('save');
          }}
        >
          <DebtPicker
            debts={debts}
            selected={form.contributionIds}
            error={parsed.ok ? null : (parsed.errors.contributionIds ?? null)}
            onChange={(contributionIds) => changeForm({ contributionIds })}
          />
          <PlanTermsForm
            form={form}
            errors={parsed.ok ? {} : parsed.errors}
            isSubmitted={isSubmitted}
            onChange={changeForm}
          />
          <section className="card payment-plan__actions" aria-labelledby="plan-actions-title">
            <h2 id="plan-actions-title" className="card__title">
              {t('paymentPlan.actions.title')}
            </h2>
            {plan && (
              <p>
                {t('paymentPlan.actions.current')}{' '}
                <span className={`status-pill plan-status--${plan.status}`}>{planStatusLabel(t, plan.status)}</span>
              </p>
            )}
            <div className="button-row">
              <button
                type="submit"
                className="button button--secondary"
                disabled={!body || (plan !== null && plan.status !== 'draft')}
              >
                {t('paymentPlan.actions.save')}
              </button>
              <button
                type="button"
                className="button"
                disabled={proposeBlocker !== null}
                aria-describedby={proposeBlocker === null ? undefined : 'plan-propose-reason'}
                onClick={() => void run('propose')}
              >
                {t('paymentPlan.actions.propose')}
              </button>
            </div>
            {/* A disabled button says why: the advisor should not have to guess the missing step. */}
            {proposeBlocker !== null && (
              <p id="plan-propose-reason" className="form-field__hint">
                {proposeBlocker}
              </p>
            )}
            {plan?.status === 'proposed' && (
              <div className="payment-plan__sign">
                <label htmlFor="plan-signed-on" className="form-field__label">
                  {t('paymentPlan.actions.signedOn')}
                </label>
                <DateInput id="plan-signed-on" value={signedOn} onChange={setSignedOn} />
                <button type="button" className="button" onClick={() => void run('sign')}>
                  {t('paymentPlan.actions.sign')}
                </button>
              </div>
            )}
            {message && (
              <p className="status-message" role="status">
                {message}
              </p>
            )}
            {actionError && <ErrorMessage error={actionError} />}
          </section>
        </form>
        <div className="payment-plan__side">
          {shownPreview ? (
            <PlanPreviewView preview={shownPreview} />
          ) : shownPreviewError ? (
            <ErrorMessage error={shownPreviewError} />
          ) : (
            <p className="card empty-note">{t('paymentPlan.preview.empty')}</p>
          )}
        </div>
      </div>
      <PlanList
        plans={plans}
        currentId={plan?.id ?? null}
        onOpen={openPlan}
        onReview={(target) => void review(target)}
        onFollow={(target) => setFollowedId(target.id)}
      />
      {followed && <PlanFollowUp plan={followed} onChanged={() => setReloadCount((count) => count + 1)} />}
    </section>
  );
}
