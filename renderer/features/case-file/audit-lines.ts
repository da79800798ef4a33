/**
 * The audit trail made readable: which record (its entity translated), which fields changed (their
 * names translated when known), and the values before and after formatted as the screens show them
 * (money, dates, yes/no). Keys and identifiers of other rows say nothing to the advisor: left out.
 */
import type { TFunction } from 'i18next';
import { taskKinds, type AuditEntry, type TaskRow } from '../../../shared/contract/channels/case-file-detail';
import { cents } from '../../../shared/domain/money';
import type { Formatters } from '../../i18n/use-format';
import { letterKindLabel, taskKindLabel } from '../../ui/record-labels';
import { taskTitleText } from '../../i18n/task-title';

export type AuditChange = { field: string; before: string | null; after: string | null };

const systemFields = new Set(['id', 'createdAt', 'updatedAt', 'rowVersion', 'deletedAt', 'payload']);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T/;

function isShown(field: string): boolean {
  return !systemFields.has(field) && !/Id$|Ids$/.test(field);
}

export function fieldLabel(t: TFunction, i18nExists: (key: string) => boolean, field: string): string {
  const key = `counter.audit.field.${field}`;
  // A field without a label yet reads as words rather than as a code name.
  return i18nExists(key)
    ? String(t(key as 'counter.audit.field.status'))
    : field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function entityLabel(t: TFunction, i18nExists: (key: string) => boolean, entity: string): string {
  const key = `counter.audit.entity.${entity}`;
  return i18nExists(key) ? String(t(key as 'counter.audit.entity.person')) : entity;
}

/** Status and letter kinds read as the screens name them; other codes stay as they are. */
function codeLabel(t: TFunction, i18nExists: (key: string) => boolean, entity: string, field: string, value: string) {
  if (field === 'kind' && entity === 'letter') return letterKindLabel(t, value);
  const key = `counter.audit.status.${value}`;
  return field === 'status' && i18nExists(key) ? String(t(key as 'counter.audit.status.open')) : value;
}

export function formatValue(t: TFunction, format: Formatters, field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean' || (field.startsWith('is') && (value === 0 || value === 1)))
    return value ? t('counter.audit.yes') : t('counter.audit.no');
  if (typeof value === 'number' && field.endsWith('Cents')) return format.money(cents(value));
  if (typeof value === 'string' && isoDate.test(value)) return format.date(value);
  if (typeof value === 'string' && isoInstant.test(value)) return format.date(value.slice(0, 10));
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return null;
  return String(value);
}

/** The changed fields of an update; for an insert, the fields it was created with. */
export function auditChanges(
  t: TFunction,
  i18nExists: (key: string) => boolean,
  format: Formatters,
  entry: AuditEntry,
): AuditChange[] {
  const shown = (field: string, value: unknown): string | null => {
    if (typeof value === 'string' && (field === 'status' || field === 'kind'))
      return codeLabel(t, i18nExists, entry.entity, field, value);
    // Services title their tasks with message keys: shown as the tasks tab shows them, never raw.
    if (typeof value === 'string' && entry.entity === 'task' && field === 'title') {
      const kind = entry.after?.['kind'] ?? entry.before?.['kind'];
      const isKnownKind = (taskKinds as readonly unknown[]).includes(kind);
      const label = isKnownKind ? taskKindLabel(t, kind as TaskRow['kind']) : entityLabel(t, i18nExists, 'task');
      return taskTitleText(t, i18nExists, value, label);
    }
    return formatValue(t, format, field, value);
  };
  const fields = entry.operation === 'update' ? entry.fields : Object.keys(entry.after ?? entry.before ?? {});
  return fields.filter(isShown).flatMap((field) => {
    const before = entry.operation === 'insert' ? null : shown(field, entry.before?.[field]);
    const after = entry.operation === 'delete' ? null : shown(field, entry.after?.[field]);
    return before === null && after === null ? [] : [{ field, before, after }];
  });
}
