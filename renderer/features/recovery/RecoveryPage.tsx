/**
 * Route `#/case-files/:kind/:id/recovery`: where the debtor is on the recovery path and why, what
 * comes next and when; the personal contact (opened, then completed with its outcome); the hand-over
 * to judicial recovery once the path allows it; and the judicial files with their events.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { caseFileKindSchema } from '../../../shared/contract/app-contract';
import { recoveryRoles, type RecoveryStatusDto } from '../../../shared/contract/channels/recovery';
import type { ContractError, Reply } from '../../../shared/contract/errors';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath } from '../../app/shell-store';
import { useSessionStore } from '../../app/session-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExplanationList } from '../../ui/ExplanationList';
import { ClaimPanel } from './ClaimPanel';
import { ContactPanel } from './ContactPanel';
import { HandOverPanel } from './HandOverPanel';
import { JudicialFiles } from './JudicialFiles';
import type { JudicialEventInput } from './JudicialEventForm';
import { fundDay } from '../../../shared/domain/fund-day';
import { stepLabel } from './recovery-labels';

export function RecoveryPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const params = useParams();
  const kind = caseFileKindSchema.safeParse(params.kind);
  const caseFile = kind.success && params.id ? { kind: kind.data, id: params.id } : null;
  const caseKind = caseFile?.kind ?? null;
  const caseId = caseFile?.id ?? null;
  const role = useSessionStore((state) => state.session?.advisor.role);
  const canHandOver = role !== undefined && (recoveryRoles as readonly string[]).includes(role);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<RecoveryStatusDto | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (!caseKind || !caseId) return;
    let isCurrent = true;
    void api.recovery.status({ kind: caseKind, id: caseId }).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setStatus(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, caseKind, caseId]);

  const run = useCallback(async (action: () => Promise<Reply<RecoveryStatusDto>>) => {
    setIsBusy(true);
    const reply = await action();
    setIsBusy(false);
    if (reply.ok) {
      setStatus(reply.value);
      setError(null);
    } else setError(reply.error);
  }, []);

  if (!caseKind || !caseId) return null;
  const ref = { kind: caseKind, id: caseId };
  return (
    <article className="stack">
      <header>
        <Link to={caseFilePath(ref)}>{t('recovery.back')}</Link>
        <h1 ref={titleRef} tabIndex={-1} className="page-title">
          {t('recovery.title')}
        </h1>
      </header>
      {error && <ErrorMessage error={error} />}
      {status === null ? (
        !error && <p>{t('recovery.loading')}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="recovery-step-title">
            <h2 id="recovery-step-title" className="card__title">
              {t('recovery.step')} : <span data-testid="recovery-step">{stepLabel(t, status.step)}</span>
              {status.suspension !== null && ` — ${t('recovery.suspended')}`}
            </h2>
            <dl className="case-file__balance">
              <div>
                <dt>{t('recovery.openAmount')}</dt>
                <dd>{format.money(cents(status.openCents))}</dd>
              </div>
              {status.oldestDueDate !== null && (
                <div>
                  <dt>{t('recovery.oldestDue')}</dt>
                  <dd>{format.date(status.oldestDueDate)}</dd>
                </div>
              )}
            </dl>
            <ExplanationList lines={status.explanation} title={t('recovery.why')} titleId="recovery-why" />
          </section>
          <ContactPanel
            status={status}
            isBusy={isBusy}
            onOpen={() => void run(() => api.recovery.openContact(ref))}
            onComplete={(taskId, outcome) => void run(() => api.recovery.completeContact({ ...ref, taskId, outcome }))}
          />
          {canHandOver && (
            <HandOverPanel
              status={status}
              isBusy={isBusy}
              onHandOver={(form) => void run(() => api.recovery.handOver({ ...ref, ...form }))}
            />
          )}
          {canHandOver && status.suspension !== 'bankruptcy' && (
            <ClaimPanel
              isBusy={isBusy}
              onFile={(agentName) =>
                void run(() =>
                  api.recovery.handOver({ ...ref, judicialKind: 'bankruptcy-claim', agentKind: 'receiver', agentName }),
                )
              }
            />
          )}
          <JudicialFiles
            files={status.judicialFiles}
            {...(canHandOver && {
              follow: {
                today: fundDay(new Date()),
                isBusy,
                onAdd: (fileId: string, input: JudicialEventInput) =>
                  void run(() => api.recovery.addJudicialEvent({ ...ref, fileId, ...input })),
              },
            })}
          />
        </>
      )}
    </article>
  );
}
