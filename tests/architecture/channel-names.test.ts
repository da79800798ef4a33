/**
 * The preload builds `window.guichet` from shared/contract/channel-names.ts, a generated copy of the
 * contract's channel names that keeps zod out of the preload bundle. A channel added to the contract
 * without regenerating would be missing from the desktop app's bridge (browser mode would still work):
 * this test catches it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract/channel-names';
import { appContract } from '../../shared/contract/app-contract';
import { CHANNEL_NAMES_FILE, channelNamesSource } from '../../scripts/generate-channel-names';

const stale = 'shared/contract/channel-names.ts differs from the contract: run npm run gen:channels';

describe('generated channel names', () => {
  it('list exactly the channels of appContract, in its order', () => {
    expect([...channelNames], stale).toEqual(Object.keys(appContract));
  });

  it('are the file the generator writes, byte for byte (no hand edits)', () => {
    expect(readFileSync(CHANNEL_NAMES_FILE, 'utf8'), stale).toBe(channelNamesSource(Object.keys(appContract)));
  });

  it('import nothing, so the preload bundles no zod through them', () => {
    expect(readFileSync(CHANNEL_NAMES_FILE, 'utf8')).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
