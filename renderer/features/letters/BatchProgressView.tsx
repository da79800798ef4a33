/** A running or stopped batch: progress bar with count, rate and time left; cancel, resume, outputs. */
import { useTranslation } from 'react-i18next';
import type { BatchStatusDto } from '../../../shared/contract/channels/letters';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { secondsParts } from './letters-labels';

type Props = {
  batch: BatchStatusDto;
  isBusy: boolean;
  onCancel: () => void;
  onResume: () => void;
  onDownload: (file: 'pdf' | 'manifest') => void;
};

export function BatchProgressView({ batch, isBusy, onCancel, onResume, onDownload }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = batch.total === 0 ? 0 : Math.floor((batch.done / batch.total) * 100);
  const left = batch.secondsLeft === null ? null : secondsParts(batch.secondsLeft);
  const statusText = batch.isActive
    ? t('letters.batch.status.running')
    : batch.status === 'completed'
      ? t('letters.batch.status.completed')
      : batch.status === 'cancelled'
        ? t('letters.batch.status.cancelled')
        : batch.status === 'failed'
          ? t('letters.batch.status.failed')
          : t('letters.batch.status.interrupted');
  return (
    <section
      className="card batch-progress"
      aria-labelledby="batch-progress-title"
      data-testid="batch-progress"
      data-batch-id={batch.id}
      data-status={batch.isActive ? 'running' : batch.status}
    >
      <h2 id="batch-progress-title" className="card__title">
        {t('letters.batch.progressTitle')} — {statusText}
      </h2>
      <progress
        className="batch-progress__bar"
        max={batch.total}
        value={batch.done}
        aria-label={t('letters.batch.progressLabel')}
      />
      <p className="batch-progress__numbers" aria-live="polite">
        <span data-testid="batch-done">
          {t('letters.batch.doneCount', { done: batch.done, total: batch.total, percent })}
        </span>
        {batch.isActive && (
          <>
            {' · '}
            <span data-testid="batch-rate">
              {t('letters.batch.rate', {
                rate: new Intl.NumberFormat(`${format.language}-BE`, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                }).format(batch.lettersPerSecond),
              })}
            </span>
            {' · '}
            <span>{left === null ? t('letters.batch.estimating') : t('letters.batch.timeLeft', left)}</span>
          </>
        )}
      </p>
      <p className="batch-progress__total">
        {t('letters.batch.totalAmount', { amount: format.money(cents(batch.totalCents)) })}
      </p>
      <div className="button-row">
        {batch.isActive && (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={isBusy}>
            {t('letters.batch.cancel')}
          </button>
        )}
        {!batch.isActive && batch.status !== 'completed' && (
          <button type="button" className="button" onClick={onResume} disabled={isBusy}>
            {t('letters.batch.resume')}
          </button>
        )}
        {batch.status === 'completed' && batch.hasOutput && (
          <>
            <button type="button" className="button" onClick={() => onDownload('pdf')} disabled={isBusy}>
              {t('letters.batch.downloadPdf')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onDownload('manifest')}
              disabled={isBusy}
            >
              {t('letters.batch.downloadManifest')}
            </button>
          </>
        )}
      </div>
      {batch.status === 'completed' && batch.pdfSha256 !== null && (
        <p className="hint mono">{t('letters.batch.sha256', { hash: batch.pdfSha256 })}</p>
      )}
    </section>
  );
}
