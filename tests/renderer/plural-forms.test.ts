/**
 * A text with a count reads "1 trimestre modifié" and "3 trimestres modifiés", never "trimestre(s)":
 * i18next picks the `_one` or `_other` form from `count`, which the rules engine passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { languages, type Language } from '../../shared/contract/app-contract';
import { cents } from '../../shared/domain/money';
import { catalogues, type Catalogue } from '../../renderer/i18n/catalogues';
import { formatCountry, formatDate, formatMoney } from '../../renderer/i18n/format';
import { i18n } from '../../renderer/i18n/i18n';
import type { Formatters } from '../../renderer/i18n/use-format';
import { translateDomainMessage } from '../../renderer/ui/explanation-params';

afterAll(async () => {
  await i18n.changeLanguage('fr');
});

function formattersFor(language: Language): Formatters {
  return {
    language,
    date: (isoDate, style) => formatDate(isoDate, language, style),
    money: (amount) => formatMoney(amount, language),
    country: (code) => formatCountry(code, language),
  };
}

function texts(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : texts(value, `${prefix}${key}.`),
  );
}

async function shown(language: Language, key: string, params: Record<string, string | number>): Promise<string> {
  await i18n.changeLanguage(language);
  return translateDomainMessage(key, params, i18n.t, (candidate) => i18n.exists(candidate), formattersFor(language));
}

const situationTotal = { differenceCents: cents(-82_319) };
const firstYear = { year: 2026, firstQuarterTotalCents: 89_042, firstDueDate: '2027-03-31', yearTotalCents: 89_042 };

describe('plural forms', () => {
  it.each<[Language, string, string]>([
    ['fr', '1 trimestre modifié', '3 trimestres modifiés'],
    ['nl', '1 kwartaal gewijzigd', '3 kwartalen gewijzigd'],
    ['de', '1 Quartal geändert', '3 Quartale geändert'],
  ])('count the quarters a change of situation modifies (%s)', async (language, one, other) => {
    expect(await shown(language, 'situation.explanation.total', { ...situationTotal, count: 1 })).toContain(one);
    expect(await shown(language, 'situation.explanation.total', { ...situationTotal, count: 3 })).toContain(other);
  });

  it.each<[Language, string, string]>([
    ['fr', '1 trimestre provisoire', '2 trimestres provisoires'],
    ['nl', '1 voorlopig kwartaal', '2 voorlopige kwartalen'],
    ['de', '1 vorläufiges Quartal', '2 vorläufige Quartale'],
  ])('count the provisional quarters of the first year (%s)', async (language, one, other) => {
    const key = 'explanation.intake.firstYearProvisional';
    expect(await shown(language, key, { ...firstYear, count: 1 })).toContain(one);
    expect(await shown(language, key, { ...firstYear, count: 2 })).toContain(other);
  });

  it.each<Language>([...languages])('are never written with brackets in a text that has a count (%s)', (language) => {
    const bracketed = texts(catalogues[language]).filter(
      ([, text]) => text.includes('{{count}}') && /\p{L}\((s|e|en|n|a)\)/u.test(text),
    );
    expect(bracketed).toEqual([]);
  });
});
