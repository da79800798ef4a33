/**
 * Explanation lines and domain refusals of the rules engine carry raw parameters: amounts in cents
 * (names ending in `Cents`), rates in parts per million (`Ppm`), ISO dates and closed vocabularies
 * (regime, size…). This turns them into text in the interface language before i18next fills in the
 * message, so a catalogue entry reads `{{incomeCents}}` and shows "45 000,00 €".
 */
import type { TFunction } from 'i18next';
import type { ExplanationParam } from '../../shared/domain/explanation';
import { cents, type Ppm } from '../../shared/domain/money';
import type { Formatters } from '../i18n/use-format';
import { localeOf } from '../i18n/format';
import { messageText } from '../i18n/message-text';
import { contributionCategoryLabel, regimeLabel } from './contribution-labels';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A rate in ppm as a percentage in the interface language: 205000 → "20,5 %". */
export function formatRate(rate: Ppm | number, format: Formatters): string {
  return new Intl.NumberFormat(localeOf(format.language), { style: 'percent', maximumFractionDigits: 4 }).format(
    rate / 1_000_000,
  );
}

/** "2026-Q2" → "T2 2026" / "K2 2026" / "Q2 2026"; anything else unchanged. */
export function formatQuarter(label: string, t: TFunction): string {
  const match = QUARTER.exec(label);
  if (!match) return label;
  return t('common.quarter', { year: match[1], index: match[2] });
}

function vocabulary(t: TFunction, name: string, value: string): string {
  if (name === 'regime') return regimeLabel(t, value);
  if (name === 'size')
    return value === 'large' ? t('contribution.companySize.large') : t('contribution.companySize.small');
  if (name === 'target') {
    if (value === 'principal') return t('explanationTerms.target.principal');
    if (value === 'surcharge') return t('explanationTerms.target.surcharge');
    if (value === 'credit') return t('explanationTerms.target.credit');
  }
  if (name === 'category') return contributionCategoryLabel(t, value);
  if (name === 'step') return recoveryStepLabel(t, value);
  if (name === 'quarters')
    return value
      .split(', ')
      .map((label) => formatQuarter(label, t))
      .join(', ');
  if (QUARTER.test(value)) return formatQuarter(value, t);
  return value;
}

/** A step of the recovery path (`formal-notice`) by its name in the interface language. */
function recoveryStepLabel(t: TFunction, step: string): string {
  const labels: Record<string, string> = {
    due: t('recovery.steps.due'),
    reminder: t('recovery.steps.reminder'),
    'account-statement': t('recovery.steps.accountStatement'),
    'formal-notice': t('recovery.steps.formalNotice'),
    'personal-contact': t('recovery.steps.personalContact'),
    judicial: t('recovery.steps.judicial'),
  };
  return labels[step] ?? step;
}

/** The parameters ready for interpolation; `count` stays a number so plural forms are chosen. */
export function displayParams(
  params: Readonly<Record<string, ExplanationParam>>,
  t: TFunction,
  format: Formatters,
): Record<string, string | number> {
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' && name.endsWith('Cents') && Number.isSafeInteger(value))
      shown[name] = format.money(cents(value));
    else if (typeof value === 'number' && name.endsWith('Ppm')) shown[name] = formatRate(value, format);
    else if (typeof value === 'string' && ISO_DATE.test(value)) shown[name] = format.date(value);
    else if (typeof value === 'string') shown[name] = vocabulary(t, name, value);
    else if (typeof value === 'boolean') shown[name] = value ? t('common.yes') : t('common.no');
    else shown[name] = value;
  }
  return shown;
}

/** A message of the rules engine in the interface language; an unknown key falls back to the generic error. */
export function translateDomainMessage(
  messageKey: string,
  params: Readonly<Record<string, ExplanationParam>>,
  t: TFunction,
  exists: (key: string) => boolean,
  format: Formatters,
): string {
  return messageText(t, exists, messageKey, displayParams(params, t, format));
}
