/**
 * The how-tos in docs/how-to/ name files, folders and npm scripts: each named path must exist and each
 * `npm run` script must be in package.json, so a rename cannot leave a how-to pointing at nothing.
 * Paths with a placeholder (`<kind>`, `{fr,nl,de}`, `NNNN_…`) and the files a step creates are skipped.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repositoryRoot = join(import.meta.dirname, '../..');
const howToFolder = join(repositoryRoot, 'docs/how-to');
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts,
);
/** Files the how-tos tell you to create; they do not exist until someone follows the steps. */
const created = new Set(['shared/rules/2027.ts']);

function namedPaths(text: string): string[] {
  return [...text.matchAll(/`((?:shared|db|electron|renderer|server|tests|scripts|docs)\/[^`\s]*)`/g)]
    .map((match) => match[1]!)
    .filter((path) => !/[<>{}*]|NNNN/.test(path) && !created.has(path));
}

describe('how-tos', () => {
  const howTos = readdirSync(howToFolder).filter((name) => name.endsWith('.md'));

  it('cover the six procedures', () => {
    expect(howTos.sort()).toEqual([
      'add-a-channel.md',
      'add-a-head-office-command.md',
      'add-a-letter-kind.md',
      'add-a-migration.md',
      'add-a-rule-year.md',
      'add-a-screen.md',
    ]);
  });

  it.each(readdirSync(howToFolder).filter((name) => name.endsWith('.md')))(
    '%s names only paths and npm scripts that exist',
    (name) => {
      const text = readFileSync(join(howToFolder, name), 'utf8');
      expect(namedPaths(text).length).toBeGreaterThan(2);
      const missing = namedPaths(text).filter((path) => !existsSync(join(repositoryRoot, path)));
      expect(missing).toEqual([]);
      const commands = [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
      expect(commands.filter((command) => !scripts.includes(command))).toEqual([]);
    },
  );
});
