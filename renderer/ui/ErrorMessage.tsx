/**
 * Shows a contract error in the interface language. Keys come from the services at run time, so an
 * unknown one (a newer host, a typo) falls back to the generic message instead of showing a raw key.
 */
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../shared/contract/errors';
import type { ExplanationParam } from '../../shared/domain/explanation';
import { messageText } from '../i18n/message-text';
import { useFormat } from '../i18n/use-format';
import { displayParams } from './explanation-params';

/** A domain refusal's parameters (dates, amounts) as the services sent them in `details.params`, else none. */
function paramsOf(error: ContractError): Record<string, ExplanationParam> {
  const params = error.details?.['params'];
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, ExplanationParam] =>
      ['string', 'number', 'boolean'].includes(typeof entry[1]),
    ),
  );
}

export function ErrorMessage({ error, className }: { error: ContractError; className?: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const params = displayParams(paramsOf(error), t, format);
  const translate = (key: string) => messageText(t, (candidate) => i18n.exists(candidate), key, params);
  const issues = error.details?.issues ?? [];
  return (
    <div role="alert" className={['error-message', className].filter(Boolean).join(' ')}>
      <p className="error-message__title">{translate(error.messageKey)}</p>
      {issues.length > 0 && (
        <ul className="error-message__issues">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.messageKey}`}>{translate(issue.messageKey)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
