/**
 * Last step: a recap of everything entered, what remains to fix (each problem with a way back to its step), possible duplicates,
 * the consequences, and "complete" — which creates the file, the active affiliation, the year's
 * provisional schedule, the follow-up tasks and the confirmation letter in one go.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract/app-contract';
import type { IntakeDraftDto, IntakeStep } from '../../../../shared/contract/channels/intake';
import { caseFilePath } from '../../../app/shell-store';
import { messageText } from '../../../i18n/message-text';
import { ExplanationList } from '../../../ui/ExplanationList';
import { formatIdentifier } from '../../../ui/format-identifier';
import { IntakeRecap } from './IntakeRecap';

type Duplicates = ChannelOutput<'intake.checkDuplicates'>;

type Props = {
  draft: IntakeDraftDto;
  duplicates: Duplicates | null;
  stepLabel: (step: IntakeStep) => string;
  onGoTo: (step: IntakeStep) => void;
};

export function ReviewStep({ draft, duplicates, stepLabel, onGoTo }: Props) {
  const { t, i18n } = useTranslation();
  const stepOf = (path: string): IntakeStep | null => {
    const head = path.split('.')[0];
    return head === 'identity' ||
      head === 'activity' ||
      head === 'spouse' ||
      head === 'mandates' ||
      head === 'company' ||
      head === 'directors'
      ? head
      : null;
  };
  return (
    <div className="intake__review">
      {draft.issues.length > 0 ? (
        <section className="intake__issues" aria-labelledby="intake-issues-title">
          <h3 id="intake-issues-title" className="explanation__title">
            {t('intake.review.issues', { count: draft.issues.length })}
          </h3>
          <ul>
            {draft.issues.map((issue) => {
              const step = stepOf(issue.path);
              return (
                <li key={`${issue.path}:${issue.messageKey}`}>
                  {step && (
                    <button type="button" className="intake__issue-link" onClick={() => onGoTo(step)}>
                      {stepLabel(step)}
                    </button>
                  )}{' '}
                  {messageText(t, (key) => i18n.exists(key), issue.messageKey, {}, 'errors.validation')}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p className="plan-preview__verdict is-eligible">{t('intake.review.ready')}</p>
      )}
      {duplicates && duplicates.length > 0 && (
        <section className="intake__duplicates" aria-labelledby="intake-duplicates-title" role="alert">
          <h3 id="intake-duplicates-title" className="explanation__title">
            {t('intake.review.duplicates')}
          </h3>
          <ul>
            {duplicates.map((duplicate) => (
              <li key={`${duplicate.kind}-${duplicate.id}`}>
                <Link to={caseFilePath({ kind: duplicate.kind, id: duplicate.id })}>{duplicate.displayName}</Link>{' '}
                <span className="mono">{formatIdentifier(duplicate.kind, duplicate.identifier)}</span> —{' '}
                {duplicateReason(t, duplicate.reason)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {draft.consequences.length > 0 && (
        <ExplanationList
          lines={draft.consequences}
          title={t('intake.activity.consequences')}
          titleId="intake-review-consequences"
        />
      )}
      <IntakeRecap draft={draft} stepLabel={stepLabel} onGoTo={onGoTo} />
      <p className="intake__note">{t('intake.review.onComplete')}</p>
    </div>
  );
}

function duplicateReason(t: TFunction, reason: Duplicates[number]['reason']): string {
  switch (reason) {
    case 'same-identifier':
      return t('intake.duplicate.sameIdentifier');
    case 'same-name-and-birth-date':
      return t('intake.duplicate.sameNameAndBirthDate');
    case 'same-name':
      return t('intake.duplicate.sameName');
    case 'open-draft':
      return t('intake.duplicate.openDraft');
  }
}
