/**
 * Follows docs/how-to/add-a-channel.md: a channel is declared once in its contract group and handled
 * once in its service group; the only list of every channel is the generated channel-names.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appContract } from '../../shared/contract/app-contract';

const repositoryRoot = join(import.meta.dirname, '../..');
const channels = Object.keys(appContract);
const generated = 'shared/contract/channel-names.ts';
/** The access map gives every channel its rule: a second per-channel map, checked by the compiler. */
const accessMap = 'shared/contract/access.ts';

function sources(...folders: string[]): { path: string; text: string }[] {
  return execFileSync('git', ['ls-files', ...folders], { cwd: repositoryRoot, encoding: 'utf8' })
    .split('\n')
    .filter((path) => /\.(ts|tsx|mjs)$/.test(path))
    .map((path) => ({ path, text: readFileSync(join(repositoryRoot, path), 'utf8') }));
}

/** Files where `channel` is an object key (`'caseFile.get': …`). */
function declaring(files: readonly { path: string; text: string }[], channel: string): string[] {
  return files.filter((file) => file.text.includes(`'${channel}':`)).map((file) => file.path);
}

describe('channels, declared once and handled once', () => {
  const contract = sources('shared/contract').filter((file) => file.path !== generated && file.path !== accessMap);
  const access = sources(accessMap);
  const services = sources('electron/services');

  it.each(channels)('%s: one declaration and one access rule in shared/contract, one handler', (channel) => {
    expect(declaring(contract, channel)).toHaveLength(1);
    expect(declaring(access, channel)).toEqual([accessMap]);
    expect(declaring(services, channel)).toHaveLength(1);
  });

  it('no file but the generated one and the access map lists most channels', () => {
    const listing = sources('shared', 'db', 'electron', 'renderer', 'server', 'scripts')
      .filter((file) => channels.filter((channel) => file.text.includes(`'${channel}'`)).length > channels.length / 2)
      .map((file) => file.path);
    expect(listing.sort()).toEqual([generated, accessMap].sort());
  });

  it('the how-to names the generator, the generated list and the access rule', () => {
    const howTo = readFileSync(join(repositoryRoot, 'docs/how-to/add-a-channel.md'), 'utf8');
    for (const step of ['npm run gen:channels', generated, 'access rule', 'electron/services/app-core.ts']) {
      expect(howTo, step).toContain(step);
    }
  });
});
