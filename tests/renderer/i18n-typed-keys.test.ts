/**
 * Translation keys are typed from the French catalogue (renderer/i18n/i18n.ts): `tsc -p tests` checks
 * this file, so each `@ts-expect-error` below proves that a misspelt key is a compile error. Should
 * the typing ever be lost, the directive itself is unused and `npm run typecheck` fails.
 */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/i18n/i18n';
import { isMessageKey, messageText, type MessageKey } from '../../renderer/i18n/message-text';

const exists = (key: string) => i18n.exists(key);

describe('typed translation keys', () => {
  it('accept a key of the French catalogue and refuse a misspelt one at compile time', () => {
    expect(i18n.t('errors.internal', { lng: 'fr' })).not.toBe('errors.internal');
    // @ts-expect-error "errors.internall" is not a key of the French catalogue.
    expect(i18n.t('errors.internall', { lng: 'fr' })).toBe('errors.internall');
    // @ts-expect-error a section is not a text.
    const section: MessageKey = 'errors.rules';
    expect(isMessageKey(exists, 'errors.rules.yearMissing')).toBe(true);
    expect(section).toBe('errors.rules');
  });

  it('turn a key known only at run time into its text, or the fallback when the catalogue lacks it', () => {
    void i18n.changeLanguage('nl');
    expect(messageText(i18n.t, exists, 'errors.rules.yearMissing', { year: 2027 })).toContain('2027');
    expect(messageText(i18n.t, exists, 'errors.noSuchKey')).toBe(i18n.t('errors.internal'));
    expect(messageText(i18n.t, exists, 'errors.noSuchKey', {}, 'errors.validation')).toBe(i18n.t('errors.validation'));
    void i18n.changeLanguage('fr');
  });
});
