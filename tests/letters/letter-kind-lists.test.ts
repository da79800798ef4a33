/**
 * Follows docs/how-to/add-a-letter-kind.md: the kinds are one list (the contract's letterKindNames),
 * every kind has a sample, a template, its texts in the three languages and a label, and the files
 * that name every kind are exactly the ones the how-to tells you to edit: no other copy of the list.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterKindNames } from '../../shared/contract/channels/letters';
import { languages } from '../../shared/contract/schemas';
import { demoFund } from '../../electron/letters/fund-identity';
import { demoLetter } from '../../electron/letters/sample-letters';
import { letterParts } from '../../electron/letters/templates';
import { textsFor } from '../../electron/letters/texts';
import { catalogues, type Catalogue } from '../../renderer/i18n/catalogues';

const repositoryRoot = join(import.meta.dirname, '../..');
const howTo = readFileSync(join(repositoryRoot, 'docs/how-to/add-a-letter-kind.md'), 'utf8');
const fund = demoFund();

function camelCase(kind: string): string {
  return kind.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

function section(catalogue: Catalogue, path: string): Catalogue | string | undefined {
  return path
    .split('.')
    .reduce<Catalogue | string | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      catalogue,
    );
}

/** True when the text names `kind` as a quoted literal or as its camelCase key. */
function names(text: string, kind: string): boolean {
  return text.includes(`'${kind}'`) || text.includes(`"${kind}"`) || new RegExp(`\\b${camelCase(kind)}\\b`).test(text);
}

describe('letter kinds, one list', () => {
  it.each(letterKindNames)('%s has a sample and a template, texts in fr, nl and de, and a label', (kind) => {
    for (const language of languages) {
      const parts = letterParts(demoLetter(kind, language), fund);
      expect(parts.title.trim().length, `${kind} ${language}`).toBeGreaterThan(3);
      expect(Object.keys(textsFor(language).kinds), language).toContain(camelCase(kind));
      expect(section(catalogues[language], `letter.kind.${camelCase(kind)}`), language).toEqual(expect.any(String));
    }
  });

  it('the files that name every kind are exactly those the how-to lists', () => {
    const sources = execFileSync('git', ['ls-files', 'shared', 'db', 'electron', 'renderer', 'server', 'scripts'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((path) => /\.(ts|tsx|json|mjs)$/.test(path));
    const naming = sources.filter((path) => {
      const text = readFileSync(join(repositoryRoot, path), 'utf8');
      return letterKindNames.every((kind) => names(text, kind));
    });
    const listed = [...howTo.matchAll(/`((?:shared|db|electron|renderer|server)\/[^`<>]+\.(?:ts|tsx|json))`/g)].map(
      (match) => match[1],
    );
    expect(naming.sort()).toEqual([...new Set(listed)].sort());
    expect(naming).toHaveLength(12);
  });
});
