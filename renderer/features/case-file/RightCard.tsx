/**
 * One right as the panel shows it: status, why (the rule lines with their sources, unconfirmed values
 * flagged), amount, next step and its deadline; then what can be done: apply, ask for documents,
 * decide with a motivation (deciding roles only), and preview the decision letter.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  rightDecidingRoles,
  type LifeEventDto,
  type RightApplicationDto,
  type RightAssessmentDto,
  type RightsViewDto,
} from '../../../shared/contract/channels/rights';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import type { CaseFileRef } from '../../app/shell-store';
import { messageText } from '../../i18n/message-text';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExplanationList } from '../../ui/ExplanationList';
import { RightDecisionForm } from './RightDecisionForm';
import { amountText, applicationLabel, eventLabel, rightLabel, statusLabel } from './rights-labels';

type Props = {
  caseFile: CaseFileRef;
  assessment: RightAssessmentDto;
  event: LifeEventDto | undefined;
  application: RightApplicationDto | undefined;
  onChanged: (view: RightsViewDto, message: string) => void;
};

function pdfUrl(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

export function RightCard({ caseFile, assessment, event, application, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const role = useSessionStore((state) => state.session?.advisor.role);
  const canDecide = role !== undefined && (rightDecidingRoles as readonly string[]).includes(role);
  const [error, setError] = useState<ContractError | null>(null);
  const [letter, setLetter] = useState<{ url: string; fileName: string } | null>(null);
  useEffect(() => () => (letter ? URL.revokeObjectURL(letter.url) : undefined), [letter]);
  const id = `right-${assessment.right}-${assessment.eventId ?? 'career'}`;
  const ref = { kind: caseFile.kind, id: caseFile.id };
  const isOpen = application?.status === 'filed' || application?.status === 'documents-requested';

  async function act(run: () => ReturnType<typeof api.rights.apply>, message: string): Promise<void> {
    const reply = await run();
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    onChanged(reply.value, message);
  }

  async function previewLetter(applicationId: string): Promise<void> {
    const reply = await api.letters.preview({
      source: 'case-file',
      caseFile: ref,
      kind: 'rights-decision',
      params: { rightApplicationId: applicationId },
    });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setLetter({ url: pdfUrl(reply.value.pdfBase64), fileName: reply.value.fileName });
  }

  const motivationError = error?.details?.issues?.find((issue) => issue.path === 'motivation')?.messageKey ?? null;
  return (
    <article className="card right-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`} className="card__title">
        {rightLabel(t, assessment.right)}
        {event && (
          <span className="right-card__event">
            {' — '}
            {t('rightsPanel.fields.eventOn', { event: eventLabel(t, event.kind), date: format.date(event.date) })}
          </span>
        )}
      </h3>
      <p>
        <span className={`status-pill right-status--${assessment.status}`}>{statusLabel(t, assessment.status)}</span>{' '}
        <strong className="right-card__amount">{amountText(t, format, assessment.amount)}</strong>{' '}
        {assessment.hasUnconfirmedFigure && (
          <span className="badge badge--warning">{t('rightsPanel.fields.unconfirmed')}</span>
        )}
      </p>
      {assessment.nextStep && (
        <p className="right-card__next">
          {t('rightsPanel.fields.nextStep')} :{' '}
          {messageText(t, (key) => i18n.exists(key), assessment.nextStep.messageKey, {}, 'rightsPanel.fields.unknown')}
          {assessment.nextStep.deadline &&
            ` — ${t('rightsPanel.fields.deadline', { date: format.date(assessment.nextStep.deadline) })}`}
        </p>
      )}
      <ExplanationList lines={assessment.lines} title={t('rightsPanel.fields.why')} titleId={`${id}-why`} />
      <p className="right-card__application">
        {application ? applicationLabel(t, application.status) : t('rightsPanel.application.none')}
        {application?.decidedOn && ` — ${format.date(application.decidedOn)}`}
        {application?.motivation && ` — ${application.motivation}`}
      </p>
      <div className="button-row">
        {(!application || application.status === 'refused') && assessment.right !== 'pension-information' && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void act(
                () => api.rights.apply({ ...ref, right: assessment.right, eventId: assessment.eventId }),
                t('rightsPanel.messages.applied'),
              )
            }
          >
            {t('rightsPanel.actions.apply')}
          </button>
        )}
        {application?.status === 'filed' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              void act(
                () => api.rights.requestDocuments({ ...ref, applicationId: application.id }),
                t('rightsPanel.messages.documentsRequested'),
              )
            }
          >
            {t('rightsPanel.actions.requestDocuments')}
          </button>
        )}
        {(application?.status === 'granted' || application?.status === 'refused') && (
          <button type="button" className="button button--secondary" onClick={() => void previewLetter(application.id)}>
            {t('rightsPanel.actions.previewLetter')}
          </button>
        )}
      </div>
      {application && isOpen && canDecide && (
        <RightDecisionForm
          id={id}
          motivationError={motivationError}
          onDecide={(decision, motivation) =>
            void act(
              () => api.rights.decide({ ...ref, applicationId: application.id, decision, motivation }),
              t('rightsPanel.messages.decided'),
            )
          }
        />
      )}
      {error && !motivationError && <ErrorMessage error={error} />}
      {letter && (
        <div className="stack">
          <p>
            <a href={letter.url} download={letter.fileName}>
              {t('rightsPanel.actions.saveLetter')}
            </a>
          </p>
          <iframe
            className="pdf-preview__frame"
            title={t('letter.kind.rightsDecision')}
            src={letter.url}
            data-testid="rights-letter-frame"
          />
        </div>
      )}
    </article>
  );
}
