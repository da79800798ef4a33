/**
 * A fault of the reader itself (here: the structured-communication check throwing) must surface as
 * the error it is, never be reported as a malformed bank file the import would then refuse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseCamt053 } from '../../../shared/domain/bank-statement/camt053';

vi.mock('../../../shared/domain/identifiers/structured-communication', () => ({
  parseStructuredCommunication: () => {
    throw new TypeError('a fault in the reader');
  },
}));

const folder = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));

describe('parseCamt053 and its own faults', () => {
  it('lets an unexpected error through instead of calling the file malformed', () => {
    const text = readFileSync(join(folder, 'two-statements.camt053.xml'), 'utf8');
    expect(() => parseCamt053(text)).toThrow(TypeError);
  });
});
