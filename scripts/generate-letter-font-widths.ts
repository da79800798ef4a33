/**
 * Writes shared/data/letter-font-widths.json: the advance width of each printable Latin character in
 * the letters' fonts (Roboto Regular and Medium, the widest of the two), so the address block can be
 * measured in shared code without loading a font. Run again when assets/fonts changes:
 * `npx tsx scripts/generate-letter-font-widths.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

type Font = { unitsPerEm: number; glyphForCodePoint: (code: number) => { advanceWidth: number; id: number } };

const fonts = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf'].map((file) =>
  (fontkit as unknown as { openSync: (path: string) => Font }).openSync(join('assets', 'fonts', file)),
);
const codePoints = [
  ...Array.from({ length: 0x17f - 0x20 + 1 }, (_, index) => 0x20 + index),
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2013,
  0x2014,
  0x2026,
  0x20ac,
].filter((code) => code < 0x7f || code >= 0xa0);
const widths: Record<string, number> = {};
for (const code of codePoints) {
  const perMille = fonts.map((font) => {
    const glyph = font.glyphForCodePoint(code);
    return glyph.id === 0 ? Number.NaN : Math.ceil((glyph.advanceWidth * 1000) / font.unitsPerEm);
  });
  if (perMille.some(Number.isNaN)) continue;
  widths[String.fromCodePoint(code)] = Math.max(...perMille);
}
const file = join('shared', 'data', 'letter-font-widths.json');
writeFileSync(
  file,
  `${JSON.stringify({ source: { fonts: 'assets/fonts Roboto-Regular.ttf and Roboto-Medium.ttf (Apache-2.0), advance widths in 1/1000 em, the wider of the two', generator: 'scripts/generate-letter-font-widths.ts' }, widths }, null, 0)}\n`,
);
console.log(`${file}: ${Object.keys(widths).length} characters`);
