/** The kind of change, its date and its fields; the buttons to see the effect and to confirm it. */
import { useTranslation } from 'react-i18next';
import type { CaseFileSummary } from '../../../shared/contract/app-contract';
import type { SituationPreview } from '../../../shared/contract/channels/situation';
import type { ContractError } from '../../../shared/contract/errors';
import { situationChangeKinds, type SituationChangeKind } from '../../../shared/domain/situation/types';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { DateInput } from '../../ui/DateInput';
import { SituationFields } from './SituationFields';
import type { SituationValues } from './situation-form';

type Props = {
  summary: CaseFileSummary;
  values: SituationValues;
  error: ContractError | null;
  preview: SituationPreview | null;
  isBusy: boolean;
  onChange: (patch: Partial<SituationValues>) => void;
  onPreview: () => void;
  onConfirm: () => void;
  onReload: () => void;
};

function CurrentSituation({ summary }: { summary: CaseFileSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = summary.affiliations[summary.affiliations.length - 1];
  if (latest === undefined || latest.category === 'company') return null;
  return (
    <p data-testid="situation-current">
      {latest.endDate === null
        ? t('situation.current', {
            category: t(`situation.category.${latest.category}`),
            startDate: format.date(latest.startDate),
          })
        : t('situation.currentEnded', { endDate: format.date(latest.endDate) })}
    </p>
  );
}

export function SituationForm(props: Props) {
  const { t } = useTranslation();
  const { summary, values, error, preview, isBusy, onChange } = props;
  const isStale = error?.messageKey === 'errors.staleVersion';
  const hasFieldIssue = (error?.details?.issues?.length ?? 0) > 0;
  return (
    <form
      className="card situation-form"
      aria-labelledby="situation-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (preview === null) props.onPreview();
        else props.onConfirm();
      }}
    >
      <h2 id="situation-form-title" className="card__title">
        {t(`situation.kind.${values.kind}`)}
      </h2>
      <CurrentSituation summary={summary} />
      <div className="form-grid">
        <FormField id="situation-kind" label={t('situation.kind.label')}>
          <select
            value={values.kind}
            onChange={(event) => onChange({ kind: event.target.value as SituationChangeKind })}
          >
            {situationChangeKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`situation.kind.${kind}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="situation-date" label={t('situation.field.effectiveDate')}>
          <DateInput value={values.effectiveDate} onChange={(effectiveDate) => onChange({ effectiveDate })} />
        </FormField>
      </div>
      <SituationFields values={values} error={error} onChange={onChange} />
      {error !== null && !hasFieldIssue && <ErrorMessage error={error} />}
      <div className="button-row">
        {isStale ? (
          <button type="button" className="button" onClick={props.onReload}>
            {t('situation.reload')}
          </button>
        ) : preview === null ? (
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? t('situation.previewing') : t('situation.preview')}
          </button>
        ) : (
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? t('situation.confirming') : t('situation.confirm')}
          </button>
        )}
      </div>
    </form>
  );
}
