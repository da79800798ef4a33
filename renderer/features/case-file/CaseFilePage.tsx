/**
 * Route `#/case-files/:kind/:id`: loads the whole case file and shows it in tabs. Escape or Alt+ArrowLeft
 * goes back to search, where the store still holds the query and the results.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { accessSources, type AccessSource } from '../../../shared/contract/access-log-protocol';
import { caseFileKindSchema } from '../../../shared/contract/app-contract';
import { useApi } from '../../api/ApiProvider';
import { rememberCaseFile } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CaseFileView } from './CaseFileView';
import { caseFileKey, loadCaseFile, useCaseFileStore } from './case-file-store';
import './case-file.css';

function useBackToSearchKeys(): void {
  const navigate = useNavigate();
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent): void {
      if (event.defaultPrevented) return;
      const isEscape = event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey;
      const isAltLeft = event.key === 'ArrowLeft' && event.altKey && !event.ctrlKey && !event.metaKey;
      if (!isEscape && !isAltLeft) return;
      // Alt+ArrowLeft is also the browser's "back": going to search explicitly is what advisors expect.
      event.preventDefault();
      navigate('/');
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}

/** The screen that opened the file says where from in the navigation state (`{ accessSource }`). */
function accessSourceOf(state: unknown): AccessSource | undefined {
  const value =
    typeof state === 'object' && state !== null ? (state as { accessSource?: unknown }).accessSource : undefined;
  return accessSources.find((source) => source === value);
}

export function CaseFilePage() {
  const { t } = useTranslation();
  const api = useApi();
  const params = useParams();
  const parsedKind = caseFileKindSchema.safeParse(params.kind);
  const kind = parsedKind.success ? parsedKind.data : null;
  const id = params.id ?? null;
  const key = useCaseFileStore((state) => state.key);
  const status = useCaseFileStore((state) => state.status);
  const detail = useCaseFileStore((state) => state.detail);
  const error = useCaseFileStore((state) => state.error);
  useBackToSearchKeys();
  const source = accessSourceOf(useLocation().state);

  useEffect(() => {
    if (!kind || !id) return;
    rememberCaseFile({ kind, id });
    void loadCaseFile(api, { kind, id }, false, source);
  }, [api, kind, id]); // eslint-disable-line react-hooks/exhaustive-deps -- where the advisor came from does not reload the file

  const isCurrent = kind !== null && id !== null && key === caseFileKey({ kind, id });

  return (
    <section className="case-file-page" aria-labelledby="case-file-title">
      <p className="case-file-page__back">
        <Link to="/" className="back-link">
          {t('caseFile.backToSearch')}
        </Link>
        <span className="case-file-page__back-hint">{t('caseFile.backHint')}</span>
      </p>
      {!kind || !id ? (
        <>
          <h1 id="case-file-title" className="page-title">
            {t('caseFile.title')}
          </h1>
          <ErrorMessage error={{ code: 'not-found', messageKey: 'errors.notFound' }} />
        </>
      ) : !isCurrent || status === 'loading' || status === 'idle' ? (
        <>
          <h1 id="case-file-title" className="page-title">
            {t('caseFile.title')}
          </h1>
          <p role="status" className="case-file-page__loading">
            {t('caseFile.loading')}
          </p>
        </>
      ) : status === 'error' && error ? (
        <>
          <h1 id="case-file-title" className="page-title">
            {t('caseFile.title')}
          </h1>
          <ErrorMessage error={error} />
        </>
      ) : detail ? (
        <CaseFileView detail={detail} titleId="case-file-title" />
      ) : null}
    </section>
  );
}
