/** The contract's user-text builder against arbitrary UTF-16, judged by an independent oracle. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiLineText, singleLineText, textMessages } from '../../shared/contract/text';

/** Code unit by code unit, without regular expressions: what the builder must accept. */
function isAcceptable(value: string, isMultiLine: boolean): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    const isAllowedControl = unit === 0x09 || (isMultiLine && (unit === 0x0a || unit === 0x0d));
    if ((unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) && !isAllowedControl) return false;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      index += 1;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/** Any UTF-16 code units, lone surrogates and controls included, biased towards the interesting ones. */
const codeUnits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.constantFrom('\u0000', '\t', '\n', '\r', '\u007f', '\u0085', '\ud800', '\udfff', '😀', 'é', 'a'),
  ),
  maxLength: 60,
});

describe('user text in the contract', () => {
  for (const [name, build, isMultiLine] of [
    ['single-line', singleLineText, false],
    ['multi-line', multiLineText, true],
  ] as const) {
    it(`${name}: accepts exactly the strings without forbidden controls or lone surrogates, within the length`, () => {
      const schema = build({ max: 40 });
      fc.assert(
        fc.property(codeUnits, (value) => {
          const result = schema.safeParse(value);
          expect(result.success).toBe(isAcceptable(value, isMultiLine) && value.length <= 40);
          if (result.success) {
            // What is accepted survives UTF-8 (SQLite, PostgreSQL, PDFs) unchanged.
            expect(new TextDecoder().decode(new TextEncoder().encode(result.data))).toBe(value);
          } else {
            const keys = result.error.issues.map((issue) => issue.message);
            expect(keys.every((key) => Object.values(textMessages).includes(key as never))).toBe(true);
          }
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('refuses a NUL, an escape sequence and a line break in a subject with translated keys', () => {
    const subject = singleLineText({ max: 200 }).trim().min(1);
    expect(subject.safeParse('\u0000').error?.issues[0]?.message).toBe('validation.text.controlCharacter');
    expect(subject.safeParse('\u001b[31mRouge').error?.issues[0]?.message).toBe('validation.text.controlCharacter');
    expect(subject.safeParse('Ligne\nsuivante').success).toBe(false);
    expect(subject.safeParse('a\ud800b').error?.issues[0]?.message).toBe('validation.text.invalidCharacter');
    expect(subject.safeParse('Rendez-vous\tà 10 h — Čapek 😀').success).toBe(true);
    expect(multiLineText({ max: 200 }).safeParse('Ligne 1\r\nLigne 2').success).toBe(true);
  });
});
