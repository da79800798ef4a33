/**
 * Sync vocabulary in the interface language: field and entity names of conflicts and rejected
 * changes, a field's value shown the way the case file shows it (money from cents, dates, NISS, IBAN),
 * durations and relative times. Switches over literal keys keep every key visible to the i18n
 * completeness test; a field the policy adds later is named generically rather than as a raw key.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/contract/app-contract';
import type { SyncConflictDto, SyncRoundDto } from '../../../shared/contract/channels/sync';
import type { Cents } from '../../../shared/domain/money';
import { formatEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { formatIban } from '../../../shared/domain/identifiers/iban';
import { contributionCategoryLabel } from '../../ui/contribution-labels';
import { formatNiss } from '../../../shared/domain/identifiers/niss';
import { formatDate, formatMoney, localeOf } from '../../i18n/format';

export type FieldValue = SyncConflictDto['serverValue'];

/** A queue counts as stuck once its oldest change has waited this long. */
export const stuckAfterMs = 10 * 60 * 1000;

export function fieldLabel(t: TFunction, field: string): string {
  switch (field) {
    case 'niss':
      return t('sync.fields.niss');
    case 'lastName':
      return t('sync.fields.lastName');
    case 'firstName':
      return t('sync.fields.firstName');
    case 'birthDate':
      return t('sync.fields.birthDate');
    case 'sex':
      return t('sync.fields.sex');
    case 'iban':
      return t('sync.fields.iban');
    case 'email':
      return t('sync.fields.email');
    case 'phone':
      return t('sync.fields.phone');
    case 'language':
      return t('sync.fields.language');
    case 'enterpriseNumber':
      return t('sync.fields.enterpriseNumber');
    case 'name':
      return t('sync.fields.name');
    case 'legalForm':
      return t('sync.fields.legalForm');
    case 'category':
      return t('sync.fields.category');
    case 'startDate':
      return t('sync.fields.startDate');
    case 'endDate':
      return t('sync.fields.endDate');
    case 'status':
      return t('sync.fields.status');
    case 'quarter':
      return t('sync.fields.quarter');
    case 'branchId':
      return t('sync.fields.branchId');
    case 'personId':
      return t('sync.fields.personId');
    case 'companyId':
      return t('sync.fields.companyId');
    case 'deletedAt':
      return t('sync.fields.deletedAt');
    default:
      // Every money column is named `*Cents` (shared/sync/policy.ts).
      return field.endsWith('Cents') ? t('sync.fields.amount') : t('sync.fields.other', { field });
  }
}

export function entityLabel(t: TFunction, entity: string): string {
  switch (entity) {
    case 'person':
      return t('sync.entities.person');
    case 'company':
      return t('sync.entities.company');
    case 'address':
      return t('sync.entities.address');
    case 'affiliation':
      return t('sync.entities.affiliation');
    case 'payment_plan':
      return t('sync.entities.payment_plan');
    case 'contribution':
      return t('sync.entities.contribution');
    case 'conflict':
      return t('sync.entities.conflict');
    default:
      return t('sync.entities.other', { entity });
  }
}

/** One side of a conflict as an advisor reads it; the raw value stays what is sent back. */
export function formatFieldValue(t: TFunction, language: Language, field: string, value: FieldValue): string {
  if (value === null || value === '') return t('sync.conflicts.emptyValue');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    return field.endsWith('Cents') && Number.isSafeInteger(value)
      ? formatMoney(value as Cents, language)
      : new Intl.NumberFormat(localeOf(language)).format(value);
  }
  switch (field) {
    case 'niss':
      return formatNiss(value);
    case 'iban':
      return formatIban(value);
    case 'enterpriseNumber':
      return formatEnterpriseNumber(value);
    case 'birthDate':
    case 'startDate':
    case 'endDate':
      return formatDate(value, language);
    case 'sex':
      return value === 'M' ? t('caseFile.sex.male') : value === 'F' ? t('caseFile.sex.female') : value;
    case 'category':
      return contributionCategoryLabel(t, value);
    default:
      return value;
  }
}

export function triggerLabel(t: TFunction, trigger: SyncRoundDto['trigger']): string {
  switch (trigger) {
    case 'interval':
      return t('sync.history.triggers.interval');
    case 'reconnect':
      return t('sync.history.triggers.reconnect');
    case 'manual':
      return t('sync.history.triggers.manual');
    case 'start':
      return t('sync.history.triggers.start');
  }
}

export function outcomeLabel(t: TFunction, outcome: SyncRoundDto['outcome']): string {
  switch (outcome) {
    case 'running':
      return t('sync.history.outcomes.running');
    case 'ok':
      return t('sync.history.outcomes.ok');
    case 'failed':
      return t('sync.history.outcomes.failed');
  }
}

export function conflictStatusLabel(t: TFunction, status: SyncConflictDto['status']): string {
  switch (status) {
    case 'open':
      return t('sync.conflicts.status.open');
    case 'resolving':
      return t('sync.conflicts.status.resolving');
    case 'resolved':
      return t('sync.conflicts.status.resolved');
  }
}

/** A translation key sent by the services (`sync.errors.*`), or the generic message for one we do not know. */
export { messageText } from '../../i18n/message-text';

/** "12 minutes", "3 hours", "2 days": the largest unit that is at least one, rounded down. */
export function formatDuration(ms: number, language: Language): string {
  const absolute = Math.abs(ms);
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
    ['second', 1000],
  ];
  const [unit, size] = units.find(([, length]) => absolute >= length) ?? ['second', 1000];
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'long' }).format(
    Math.floor(absolute / size),
  );
}

/**
 * A clock offset as an advisor reads it: "1 jour", "3 heures", "12 minutes", rounded to the nearest
 * unit. A measured offset is never exact (it is read from the middle of a round trip), so a clock a
 * day ahead measures a few milliseconds short of it: flooring would say "23 heures". A unit is used
 * from 95 % of it on, and never less than a minute (smaller offsets are not worth a warning).
 */
export function formatClockOffset(ms: number, language: Language): string {
  const absolute = Math.abs(ms);
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  const [unit, size] = units.find(([, length]) => absolute >= length * 0.95) ?? ['minute', 60_000];
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'long' }).format(
    Math.max(1, Math.round(absolute / size)),
  );
}

/** "il y a 3 minutes" relative to `nowMs`; the clock is a parameter so the text is testable. */
export function formatRelative(iso: string, nowMs: number, language: Language): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = Math.round((at - nowMs) / 1000);
  const format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  const absolute = Math.abs(seconds);
  if (absolute < 60) return format.format(0, 'second');
  if (absolute < 3600) return format.format(Math.trunc(seconds / 60), 'minute');
  if (absolute < 86_400) return format.format(Math.trunc(seconds / 3600), 'hour');
  return format.format(Math.trunc(seconds / 86_400), 'day');
}

/** An instant (ISO timestamp) as local date and time, for tooltips and the history table; four-digit years as everywhere. */
export function formatInstant(iso: string, language: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at);
}
