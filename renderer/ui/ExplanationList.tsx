/**
 * The steps of a calculation as the rules engine explains them, in the interface language. Each
 * step that rests on a rule names its source on demand; a value the fund has not confirmed is
 * marked as such, visibly, next to the step itself.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExplanationLine } from '../../shared/domain/explanation';
import { useFormat } from '../i18n/use-format';
import { translateDomainMessage } from './explanation-params';
import './explanation.css';

type Props = { lines: readonly ExplanationLine[]; title?: string; titleId?: string };

export function unconfirmedCount(lines: readonly ExplanationLine[]): number {
  return new Set(
    lines.filter((line) => line.source !== null && !line.source.isConfirmed).map((line) => line.source?.citation),
  ).size;
}

export function ExplanationList({ lines, title, titleId }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const unconfirmed = unconfirmedCount(lines);
  return (
    <section className="explanation" aria-labelledby={titleId}>
      {title && (
        <h3 id={titleId} className="explanation__title">
          {title}
        </h3>
      )}
      {unconfirmed > 0 && (
        <p className="explanation__warning" role="note">
          {t('explanationTerms.unconfirmedWarning', { count: unconfirmed })}
        </p>
      )}
      <ol className="explanation__lines">
        {lines.map((line, index) => {
          const isUnconfirmed = line.source !== null && !line.source.isConfirmed;
          return (
            <li
              key={`${line.ruleKey}-${index}`}
              className={isUnconfirmed ? 'explanation__line is-unconfirmed' : 'explanation__line'}
            >
              <span className="explanation__text">
                {translateDomainMessage(line.messageKey, line.params, t, (key) => i18n.exists(key), format)}
              </span>
              {isUnconfirmed && <span className="badge badge--warning">{t('explanationTerms.unconfirmed')}</span>}
              {line.source !== null && (
                <details className="explanation__source">
                  <summary>{t('explanationTerms.source')}</summary>
                  <p>
                    <cite>{line.source.citation}</cite>
                  </p>
                  <p className="explanation__confidence">{confidenceLabel(t, line.source.confidence)}</p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function confidenceLabel(t: TFunction, confidence: string): string {
  switch (confidence) {
    case 'official':
      return t('explanationTerms.confidence.official');
    case 'fund':
      return t('explanationTerms.confidence.fund');
    case 'third-party':
      return t('explanationTerms.confidence.thirdParty');
    case 'derived':
      return t('explanationTerms.confidence.derived');
    default:
      return confidence;
  }
}
