/** Last resort when a page throws while rendering: a translated message and a way out, no stack trace. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/ErrorMessage';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <main className="route-error">
      <ErrorMessage error={{ code: 'internal', messageKey: 'errors.internal' }} />
      <a href="#/" className="back-link">
        {t('caseFile.backToSearch')}
      </a>
    </main>
  );
}
