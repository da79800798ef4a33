/**
 * Keys that arrive at run time (a service's `messageKey`, a validation issue, a sync error) are plain
 * strings: the compiler cannot check them. This is the one place where such a string becomes a
 * typed key, after i18next confirms the catalogue has it; an unknown key shows a generic message,
 * never the raw key.
 */
import type { ParseKeys, TFunction } from 'i18next';

export type MessageKey = ParseKeys;
export type MessageParams = Readonly<Record<string, string | number>>;
export type KeyExists = (key: string) => boolean;

/** True when the catalogue has `key` as it is or as a plural (`key_one`, `key_other`). */
export function isMessageKey(exists: KeyExists, key: string): key is MessageKey {
  return exists(key) || exists(`${key}_other`);
}

export function messageText(
  t: TFunction,
  exists: KeyExists,
  key: string,
  params?: MessageParams,
  fallback: MessageKey = 'errors.internal',
): string {
  return isMessageKey(exists, key) ? t(key, { ...params }) : t(fallback);
}
