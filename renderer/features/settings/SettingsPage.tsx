/** Device settings. For now the interface language, applied at once and remembered across launches. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languages } from '../../../shared/contract/app-contract';
import { useApi } from '../../api/ApiProvider';
import { changeLanguage, useSettingsStore } from '../../app/settings-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { languageName } from '../../ui/language-name';
import './settings.css';

export function SettingsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettingsStore((state) => state.language);
  const status = useSettingsStore((state) => state.status);
  const error = useSettingsStore((state) => state.error);

  return (
    <section className="settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title" className="page-title">
        {t('settings.title')}
      </h1>
      <fieldset className="card settings-page__language">
        <legend className="card__title">{t('settings.language.legend')}</legend>
        <p className="settings-page__hint">{t('settings.language.hint')}</p>
        <div className="choice-group">
          {languages.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="language"
                value={option}
                checked={language === option}
                onChange={() => void changeLanguage(api, option)}
              />
              <span lang={option}>{languageName(t, option)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p role="status" className="settings-page__status">
        {status === 'saving' ? t('settings.saving') : status === 'saved' ? t('settings.saved') : ''}
      </p>
      {status === 'error' && error && <ErrorMessage error={error} />}
      <p>
        <Link to="/sync/storage">{t('settings.storage')}</Link>
      </p>
    </section>
  );
}
