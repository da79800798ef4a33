import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="page-title">
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="back-link">
        {t('caseFile.backToSearch')}
      </Link>
    </section>
  );
}
