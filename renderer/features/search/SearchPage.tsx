import { useTranslation } from 'react-i18next';
import { SearchBox } from './SearchBox';

export function SearchPage() {
  const { t } = useTranslation();
  return (
    <section className="search-page" aria-labelledby="search-title">
      <h1 id="search-title" className="page-title">
        {t('search.title')}
      </h1>
      <SearchBox />
    </section>
  );
}
