// @vitest-environment jsdom
/**
 * Every text key the renderer uses exists in French, Dutch and German, and the three catalogues
 * have exactly the same keys: a screen must never show a raw key, nor fall back to French for a
 * Dutch- or German-speaking advisor because someone forgot one language.
 */
import { channelNames } from '../../shared/contract/channel-names';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { affiliationCategories } from '../../shared/contract/app-contract';
import { catalogues as assembled, type Catalogue } from '../../renderer/i18n/catalogues';
import { serverMessageKeys } from '../../renderer/i18n/message-keys';

const catalogues: Record<string, Catalogue> = assembled;
const { fr, nl, de } = assembled;

// From the file path, not `new URL(…)`: under jsdom, URL is jsdom's, which node:url does not accept.
const rendererRoot = join(dirname(fileURLToPath(import.meta.url)), '../../renderer');

function flatten(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Literal keys of `t('…')`, `t("…")` and `t(`…`)` (without interpolation) in a source text. */
function keysUsedIn(source: string): string[] {
  const pattern = /\bt\(\s*(?:'([^'\n]+)'|"([^"\n]+)"|`([^`$\n]+)`)/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** A key used with `count` exists as its plural forms (`key_one`, `key_other`), not as `key`. */
function hasKey(keys: ReadonlySet<string>, key: string): boolean {
  return keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
}

/** Problems found for a set of catalogues, as readable lines (empty when all is well). */
function catalogueProblems(usedKeys: readonly string[], all: Record<string, Catalogue>): string[] {
  const keySets = Object.fromEntries(
    Object.entries(all).map(([language, catalogue]) => [language, new Set(flatten(catalogue))]),
  );
  const union = new Set(Object.values(keySets).flatMap((keys) => [...keys]));
  const problems: string[] = [];
  for (const [language, keys] of Object.entries(keySets)) {
    for (const key of usedKeys) if (!hasKey(keys, key)) problems.push(`${language}: used key "${key}" is missing`);
    for (const key of union)
      if (!keys.has(key)) problems.push(`${language}: "${key}" exists in another language but not here`);
  }
  for (const [language, catalogue] of Object.entries(all)) {
    for (const key of flatten(catalogue)) {
      const value = key
        .split('.')
        .reduce<string | Catalogue | undefined>(
          (node, part) => (typeof node === 'object' ? node[part] : undefined),
          catalogue,
        );
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${language}: "${key}" is empty`);
    }
  }
  return [...new Set(problems)].sort();
}

const repositoryRoot = join(rendererRoot, '..');

/**
 * Message keys written as literals outside the renderer and shown by it: explanation lines and
 * refusals of the rules engine (shared/domain), validation keys of the contract (shared/contract),
 * and the refusals of the services. Only the prefixes the renderer translates are collected.
 */
function keysSentFrom(folder: string): { key: string; file: string }[] {
  const pattern = /'((?:explanation|error|errors|validation|identifiers|rights)\.[A-Za-z0-9_.-]*[A-Za-z0-9_])'/g;
  return sourceFiles(join(repositoryRoot, folder)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => ({
      key: match[1] ?? '',
      file: relative(repositoryRoot, file),
    })),
  );
}

// The rights channels (`rights.assess`…) share the prefix of the rights texts: a channel name is no message key.
const sentKeys = [...keysSentFrom('shared'), ...keysSentFrom('electron/services')].filter(
  (use) => !(channelNames as readonly string[]).includes(use.key),
);

/** `identifiers.<kind>.<code>` is built from a template in shared/domain/identifiers/result.ts. */
const identifierKeys = [
  ...['empty', 'format', 'checksum', 'date'].map((code) => `identifiers.niss.${code}`),
  ...['empty', 'format', 'checksum'].map((code) => `identifiers.enterpriseNumber.${code}`),
  ...['empty', 'format', 'checksum', 'too-long', 'unknown-bank'].map((code) => `identifiers.iban.${code}`),
  ...['empty', 'format', 'checksum', 'too-long'].map((code) => `identifiers.structuredCommunication.${code}`),
  ...['empty', 'format', 'checksum', 'too-long'].map((code) => `identifiers.rfReference.${code}`),
  ...['empty', 'format', 'too-long'].map((code) => `identifiers.epcQr.${code}`),
];

/** Rights keys built from templates in shared/domain/rights (the case, the option, the application status). */
const rightsTemplateKeys = [
  ...['bankruptcy', 'forced-cessation', 'economic'].map((name) => `rights.bridgingRight.case.${name}`),
  ...['pension-only', 'pension-and-health'].map((name) => `rights.continuedInsurance.option.${name}`),
  ...['filed', 'documents-requested', 'granted', 'refused'].map((name) => `rights.application.${name}`),
];

const usedInSource = sourceFiles(rendererRoot).flatMap((file) =>
  keysUsedIn(readFileSync(file, 'utf8')).map((key) => ({ key, file: relative(rendererRoot, file) })),
);

describe('the translation catalogues', () => {
  it('find the keys the renderer uses (the scan itself works)', () => {
    const keys = usedInSource.map((use) => use.key);
    expect(keys).toContain('search.placeholder');
    expect(keys).toContain('affiliation.category.helpingSpouse');
    expect(keys.length).toBeGreaterThan(50);
  });

  it('contain every key used in renderer/**, in fr, nl and de, with the same key set', () => {
    expect(catalogueProblems([...new Set(usedInSource.map((use) => use.key))], catalogues)).toEqual([]);
  });

  it('contain every error and validation key the services can send', () => {
    expect(catalogueProblems(serverMessageKeys, catalogues)).toEqual([]);
  });

  it('contain every message key of the rules engine, the contract and the services (explanations, refusals, validation)', () => {
    const keys = [...new Set(sentKeys.map((use) => use.key))];
    expect(keys).toContain('explanation.contribution.slice');
    expect(keys).toContain('explanation.plan.refused.durationExceedsMaximum');
    expect(keys.length).toBeGreaterThan(80);
    expect(catalogueProblems(keys, catalogues)).toEqual([]);
  });

  it('contain every rights key built from a template, and every explained rights key', () => {
    expect(sentKeys.map((use) => use.key)).toContain('rights.bridgingRight.paidQuarters');
    expect(catalogueProblems(rightsTemplateKeys, catalogues)).toEqual([]);
  });

  it('contain every identifier error key (identifiers.<kind>.<code>)', () => {
    expect(catalogueProblems(identifierKeys, catalogues)).toEqual([]);
  });

  it('name every affiliation category of the contract', () => {
    const camel = (category: string) => category.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    const keys = affiliationCategories.map((category) => `affiliation.category.${camel(category)}`);
    expect(catalogueProblems(keys, catalogues)).toEqual([]);
  });

  it('report a key missing in one language, and a key only one language has', () => {
    const dutchWithoutOne: Catalogue = { ...nl, search: { ...(nl.search as Catalogue) } };
    delete (dutchWithoutOne.search as Catalogue).placeholder;
    const germanWithExtra: Catalogue = { ...de, extra: 'Nur auf Deutsch' };
    expect(catalogueProblems(['search.placeholder'], { fr, nl: dutchWithoutOne, de: germanWithExtra })).toEqual([
      'fr: "extra" exists in another language but not here',
      'nl: "extra" exists in another language but not here',
      'nl: "search.placeholder" exists in another language but not here',
      'nl: used key "search.placeholder" is missing',
    ]);
  });

  it('reads literal keys only, in the three quoting styles', () => {
    expect(keysUsedIn("t('a.b'); t(\"c.d\"); t(`e.f`); t(`g.${x}`); format('h.i'); at('j.k')")).toEqual([
      'a.b',
      'c.d',
      'e.f',
    ]);
  });
});
