/**
 * Whether head office can accept one pushed change, judged on the change alone (pure: no database).
 * A device is untrusted: an older or compromised client can put anything in its outbox. A change is
 * refused when head office could not store it (PostgreSQL `jsonb` refuses U+0000 and lone surrogates),
 * when it names a column its entity does not have, or when a value does not fit the column as the
 * device's own tables define it (shared/sync/entity-shapes.ts) within the bounds the app itself keeps.
 * The scope and the advisor are judged by head office, which knows them.
 */
import { z } from 'zod';
import { personChangesSchema } from '../contract/channels/case-file-edit';
import type { ChangeRefusal } from '../contract/sync-protocol';
import { entityShapes, type ColumnShape } from './entity-shapes';
import { CONFLICT_RESOLUTION_ENTITY, referenceEntities } from './policy';

/** Nesting a JSON value may have; a plan's list of contributions is the deepest the app writes (2). */
export const MAX_VALUE_DEPTH = 16;
/** The longest text the app accepts anywhere (a note's body). */
export const MAX_TEXT_LENGTH = 10_000;
/**
 * One billion euros: far above any amount a self-employed person's case file holds, far below 2^53,
 * so that sums of many amounts stay exact integers.
 */
export const MAX_ROW_CENTS = 100_000_000_000;
/** Counters, years, months, rates: a 32-bit integer holds every one the app writes. */
export const MAX_ROW_INTEGER = 2_147_483_647;

/** U+0000 and UTF-16 halves without their other half: PostgreSQL text and jsonb refuse both. */
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE_TEXT.test(text);
}

/** A JSON value head office can store: storable strings (keys too), finite numbers, bounded nesting. */
export function isStorableValue(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'string') return isStorableText(value);
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= MAX_VALUE_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isStorableValue(item, depth + 1));
  return Object.entries(value).every(([key, item]) => isStorableText(key) && isStorableValue(item, depth + 1));
}

function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** The tighter caps the app's own forms keep (a name: 100 characters), read from the contract. */
const textLimits: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  person: Object.fromEntries(
    Object.entries(personChangesSchema.shape).flatMap(([field, schema]) => {
      const max = (unwrapped(schema as z.ZodType) as { maxLength?: number | null }).maxLength;
      return typeof max === 'number' ? [[field, max]] : [];
    }),
  ),
};

function maxTextLength(entity: string, field: string): number {
  return textLimits[entity]?.[field] ?? MAX_TEXT_LENGTH;
}

function fitsInteger(field: string, value: unknown): boolean {
  if (!Number.isSafeInteger(value)) return false;
  const bound = field.endsWith('Cents') ? MAX_ROW_CENTS : MAX_ROW_INTEGER;
  return Math.abs(value as number) <= bound;
}

/** Whether a value fits its column; booleans arrive as JSON booleans or as SQLite's 0 and 1. */
function fitsColumn(entity: string, field: string, shape: ColumnShape, value: unknown): boolean {
  if (value === null) return shape.isNullable;
  switch (shape.kind) {
    case 'text':
      return (
        typeof value === 'string' &&
        value.length <= maxTextLength(entity, field) &&
        (shape.values === undefined || shape.values.includes(value))
      );
    case 'integer':
      return fitsInteger(field, value);
    case 'boolean':
      return typeof value === 'boolean' || value === 0 || value === 1;
    case 'json':
      return JSON.stringify(value).length <= MAX_TEXT_LENGTH;
  }
}

/**
 * Whether a value may become this field's value (an advisor's corrected value settling a conflict):
 * null when it fits the column, the refusal otherwise.
 */
export function fieldValueRefusal(entity: string, field: string, value: unknown): ChangeRefusal | null {
  const shape = entityShapes[entity]?.[field];
  if (shape === undefined) return { code: 'unknown-field', fields: [field] };
  if (!isStorableValue(value)) return { code: 'unstorable-value', fields: [field] };
  return fitsColumn(entity, field, shape, value) ? null : { code: 'invalid-value', fields: [field] };
}

type CheckedChange = {
  entity: string;
  entityId: string;
  changedFields: readonly string[];
  payload: Record<string, unknown>;
};

function rowRefusal(change: CheckedChange): ChangeRefusal | null {
  const shape = entityShapes[change.entity];
  if (shape === undefined || referenceEntities.includes(change.entity)) return { code: 'forbidden', fields: [] };
  const unknown = [...Object.keys(change.payload), ...change.changedFields].filter((field) => !(field in shape));
  if (unknown.length > 0) return { code: 'unknown-field', fields: [...new Set(unknown)] };
  const invalid = Object.entries(change.payload)
    .filter(([field, value]) => !fitsColumn(change.entity, field, shape[field] as ColumnShape, value))
    .map(([field]) => field);
  if ('id' in change.payload && change.payload['id'] !== change.entityId) invalid.push('id');
  return invalid.length > 0 ? { code: 'invalid-value', fields: invalid } : null;
}

/** Why head office must refuse this change whatever its scope, or null when its content is acceptable. */
export function contentRefusal(
  change: CheckedChange & { hlc: string; base: Record<string, number> },
): ChangeRefusal | null {
  const texts = [change.entity, change.entityId, change.hlc, ...change.changedFields, ...Object.keys(change.base)];
  if (!texts.every(isStorableText) || !isStorableValue(change.payload)) {
    const fields = Object.entries(change.payload)
      .filter(([field, value]) => !isStorableText(field) || !isStorableValue(value, 1))
      .map(([field]) => (isStorableText(field) ? field : JSON.stringify(field)));
    return { code: 'unstorable-value', fields };
  }
  if (change.entity === CONFLICT_RESOLUTION_ENTITY) return null;
  return rowRefusal(change);
}
