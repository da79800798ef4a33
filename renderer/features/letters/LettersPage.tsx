/**
 * Route `#/letters`: the letters waiting to be printed (queued by intake, payment plans, decisions),
 * oldest first. Arrow keys move through the list, Enter previews; the preview pane prints, saves as
 * PDF, and issues the letter (recorded, and gone from the list). The back office reaches the batch
 * screen from here.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PdfDto, ToPrintItem } from '../../../shared/contract/channels/letters';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath } from '../../app/shell-store';
import { useSessionStore } from '../../app/session-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { letterKindLabel } from '../../ui/record-labels';
import { PdfPreview } from './PdfPreview';
import { reasonLabel } from './letters-labels';
import './letters.css';

export function LettersPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const role = useSessionStore((state) => state.session?.advisor.role);
  const [items, setItems] = useState<ToPrintItem[] | null>(null);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<{ item: ToPrintItem; pdf: PdfDto } | null>(null);
  const [issued, setIssued] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let isCurrent = true;
    void api.letters.toPrint({}).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setItems(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api]);

  async function preview(item: ToPrintItem): Promise<void> {
    setIsBusy(true);
    setIssued(null);
    const reply = await api.letters.preview({ source: 'queue', queueId: item.id });
    setIsBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setShown({ item, pdf: reply.value });
  }

  async function issue(item: ToPrintItem): Promise<void> {
    setIsBusy(true);
    const reply = await api.letters.issue({ source: 'queue', queueId: item.id });
    setIsBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setShown({ item, pdf: reply.value });
    setIssued(item.id);
    setItems((current) => (current ?? []).filter((entry) => entry.id !== item.id));
    setActive((index) => Math.max(0, index - 1));
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    if (!items || items.length === 0) return;
    if (event.key === 'ArrowDown') setActive((index) => Math.min(items.length - 1, index + 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(0, index - 1));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(items.length - 1);
    else if (event.key === 'Enter' && items[active]) void preview(items[active]);
    else return;
    event.preventDefault();
  }

  const activeItem = items?.[active];
  return (
    <section className="letters" aria-labelledby="letters-title">
      <header className="letters__header">
        <h1 id="letters-title" className="page-title">
          {t('letters.title')}
        </h1>
        {role === 'back-office' && (
          <Link className="button button--secondary" to="/letters/batches">
            {t('letters.batch.open')}
          </Link>
        )}
      </header>
      {error && <ErrorMessage error={error} />}
      <div className="letters__layout">
        <section className="card" aria-labelledby="to-print-title">
          <h2 id="to-print-title" className="card__title">
            {t('letters.toPrint.title')}
          </h2>
          {items === null ? (
            <p className="empty-note">{t('letters.loading')}</p>
          ) : items.length === 0 ? (
            <p className="empty-note">{t('letters.toPrint.empty')}</p>
          ) : (
            <ul
              ref={list}
              className="to-print"
              role="listbox"
              tabIndex={0}
              aria-labelledby="to-print-title"
              aria-activedescendant={activeItem ? `to-print-${activeItem.id}` : undefined}
              onKeyDown={onKeyDown}
              data-testid="to-print-list"
            >
              {items.map((item, index) => (
                <li
                  key={item.id}
                  id={`to-print-${item.id}`}
                  role="option"
                  aria-selected={index === active}
                  className={`to-print__item${index === active ? ' is-active' : ''}${shown?.item.id === item.id ? ' is-shown' : ''}`}
                  onClick={() => {
                    setActive(index);
                    void preview(item);
                  }}
                >
                  <span className="to-print__kind">{letterKindLabel(t, item.kind)}</span>
                  <span className="to-print__name">{item.displayName}</span>
                  <span className="to-print__meta">
                    {reasonLabel(t, item.reason)} · {item.language.toUpperCase()} ·{' '}
                    {format.date(item.queuedAt.slice(0, 10))}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="hint">{t('letters.toPrint.keys')}</p>
        </section>

        <section className="card letters__preview" aria-labelledby="preview-title" aria-busy={isBusy}>
          <h2 id="preview-title" className="card__title">
            {shown ? `${letterKindLabel(t, shown.item.kind)} — ${shown.item.displayName}` : t('letters.preview.title')}
          </h2>
          {shown ? (
            <>
              {issued === shown.item.id && (
                <p role="status" className="letters__issued">
                  {t('letters.preview.issued')}
                </p>
              )}
              <PdfPreview pdf={shown.pdf} title={t('letters.preview.frameTitle')}>
                {issued !== shown.item.id && (
                  <button type="button" className="button" disabled={isBusy} onClick={() => void issue(shown.item)}>
                    {t('letters.preview.issue')}
                  </button>
                )}
                <Link className="button button--secondary" to={caseFilePath(shown.item.caseFile)}>
                  {t('letters.preview.openCaseFile')}
                </Link>
              </PdfPreview>
            </>
          ) : (
            <p className="empty-note">{isBusy ? t('letters.loading') : t('letters.preview.none')}</p>
          )}
        </section>
      </div>
    </section>
  );
}
