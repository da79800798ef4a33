/**
 * The lint and format rules `npm test` runs are proved to bite: ESLint on fixture files with SQL
 * outside db/ and with a function past the length bound, linted as if they sat at their mirrored path
 * in the real tree (the path decides which rules apply); Prettier's check on an unformatted file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (path: string): string => readFileSync(join(root, 'tests/architecture/fixture', path), 'utf8');
const eslint = new ESLint({ cwd: root });

/** Rule id and line of each message when `code` is linted as the file at `filePath` (relative to the root). */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}:${message.line}`);
}

describe('the SQL rule', () => {
  const leak = fixture('electron/services/sql-leak.ts');

  it('refuses a prepared statement and an sql template in a service, each also for its SQL text', async () => {
    expect(await lintAs('electron/services/sql-leak.ts', leak)).toEqual([
      'no-restricted-syntax:6',
      'no-restricted-syntax:6',
      'no-restricted-syntax:7',
      'no-restricted-syntax:7',
    ]);
  });

  it('refuses SQL text handed to the statement cache and drizzle query builders outside db/', async () => {
    const code = [
      "import { cachedStatement } from '../../db/repositories/statement-cache';",
      'declare const db: any;',
      "export const a = cachedStatement(db.$client, 'x').get();",
      "export const b = db.select().from('persons').all();",
      'export const c = db.query.letterBatches.findMany().sync();',
      "export const d = db.update('t').set({}).run();",
      'export const e = `SELECT id FROM persons WHERE id = ${1}`;',
    ].join('\n');
    const messages = await lintAs('electron/services/letters/query-leak.ts', code);
    expect(messages.filter((message) => message.startsWith('no-restricted-syntax'))).toEqual([
      'no-restricted-syntax:3',
      'no-restricted-syntax:4',
      'no-restricted-syntax:5',
      'no-restricted-syntax:6',
      'no-restricted-syntax:7',
    ]);
  });

  it('allows the same code in db/repositories and in server/, and a regular expression’s exec anywhere', async () => {
    expect(await lintAs('db/repositories/sql-leak.ts', leak)).toEqual([]);
    expect(await lintAs('server/sync/sql-leak.ts', leak)).toEqual([]);
    const regex = "export const quarter = /^(\\d{4})-Q([1-4])$/.exec('2026-Q2');\n";
    expect(await lintAs('electron/services/letters/parse.ts', regex)).toEqual([]);
  });
});

describe('the function length rule', () => {
  const long = fixture('electron/services/long-function.ts');

  it('refuses a function past 80 lines of code outside tests', async () => {
    expect(await lintAs('electron/services/long-function.ts', long)).toEqual(['max-lines-per-function:2']);
  });

  it('gives React components 150 lines and leaves tests unbounded', async () => {
    expect(await lintAs('renderer/features/search/LongList.tsx', long)).toEqual([]);
    expect(await lintAs('tests/electron/long-function.test.ts', long)).toEqual([]);
  });
});

describe('the format check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-format-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const prettierCheck = async (file: string): Promise<number> => {
    const prettier = join(root, 'node_modules/.bin/prettier');
    const config = join(root, '.prettierrc.json');
    try {
      await promisify(execFile)(prettier, ['--check', '--log-level', 'warn', '--config', config, file]);
      return 0;
    } catch (error) {
      return (error as { code?: number }).code ?? -1;
    }
  };

  it('fails on unformatted code and passes once it is formatted, with the project’s Prettier config', async () => {
    const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(script.scripts['format:check']).toMatch(/^prettier --check\b/);
    const unformatted = join(dir, 'unformatted.ts');
    writeFileSync(unformatted, 'export const total=(a:number,b:number)=>{return a+b}\n');
    const formatted = join(dir, 'formatted.ts');
    writeFileSync(formatted, 'export const total = (a: number, b: number) => {\n  return a + b;\n};\n');
    expect(await prettierCheck(unformatted)).not.toBe(0);
    expect(await prettierCheck(formatted)).toBe(0);
  });
});
