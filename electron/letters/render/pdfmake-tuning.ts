/**
 * Shortcuts in pdfmake 0.3.11 and its pdfkit 0.19.1 (both pinned) for the cost of a letter, each found
 * in the CPU profile of a batch, each giving the same page as before (the word runs below give the same
 * pixels, the others the same bytes). With the byte-mode QR code (templates/qr.ts) they took a
 * reminder from about 16 to about 9.5 ms of CPU in chunks of 200, old and new code alternated under
 * the same load.
 *
 * - Style look-ups. pdfmake asks the style stack for ~22 properties of every word it measures, and
 *   each ask pushes the word, walks every enclosing node and pops again: 13 % of a letter. All words
 *   of a text node share the same stack, so the stack now remembers its answers until the next push
 *   or pop, and a word without a named style is no longer pushed (it holds none of the properties
 *   asked, or its own value is returned before the stack is asked).
 * - Drawing. pdfmake draws every word as its own pdfkit text object, with a colour, an opacity and a
 *   font switch each. Runs of words on a line that share font, size, colour and position chain (every
 *   line that is not justified) are now drawn as one text object. pdfkit lays out a string word by
 *   word anyway (its layout cache is keyed by word), so the glyphs and their positions are the same;
 *   the content streams are ~30 % smaller and drawing costs half as much.
 * - Fonts. pdfkit parses a TrueType font again for every document and starts an empty cache of laid
 *   out words (fontkit shaping: 12 % of a letter in chunks of 200). A thread renders many chunks, so
 *   each document's font now uses the thread's parsed copy of the same font file (a fresh subset per
 *   document, so each PDF still embeds only its own glyphs) and shares its cache of laid-out words,
 *   which is emptied when it grows past WORD_CACHE_LIMIT entries. Shaping a word does not depend on the
 *   document, so the bytes are the same; the parsed font keeps one glyph object per glyph and characters
 *   (keepGlyphsPerCodePoints), so the text layer does not depend on earlier documents either. pdfkit's
 *   word splitting (`layout`) also copied the glyph arrays of a line once per word (`concat`); it now
 *   appends them.
 * - Measured text. Most text nodes of a letter (labels, salutation, closing, letterhead, the fixed
 *   sentences) are the same in every letter of a language, and pdfmake breaks and measures them again
 *   for each one. Within a document, the words of a text node are now kept with the style values they
 *   were measured under (the ~25 properties pdfmake's text measurement reads) and handed out as copies
 *   when the same text comes back under the same values; layout only ever changes the copies.
 *
 * All are installed once per thread, before the first document, and refuse to install on a pdfmake
 * whose internals are not the ones read here (a version bump must re-check them).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type StyleStack = {
  styleOverrides: unknown[];
  push(item: unknown): void;
  pop(howMany?: number): void;
  getProperty(property: string): unknown;
  memo?: Map<string, unknown> | undefined;
};
type StyleStackClass = {
  prototype: StyleStack;
  getStyleProperty(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
};
type Inline = {
  text: string;
  x: number;
  width: number;
  height: number;
  font: unknown;
  fontSize: number;
  color: unknown;
  opacity?: number;
  [property: string]: unknown;
};
type Line = { inlines: Inline[] };
type Measured = { items: Record<string, unknown>[]; minWidth: number; maxWidth: number };
type TextInlinesClass = {
  prototype: { pdfDocument: object; buildInlines(text: unknown, stack: StyleStack): Measured };
};
type RendererClass = { prototype: { renderLine(line: Line, x: number, y: number): void } };
type FontkitGlyph = { id: number; codePoints: number[] };
type GlyphClass = new (id: number, codePoints: number[], font: FontkitFont) => FontkitGlyph;
type FontkitFont = {
  postscriptName: string;
  head: { checkSumAdjustment: number };
  createSubset(): unknown;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph | null;
};
type GlyphRun = { glyphs: unknown[]; positions: unknown[]; advanceWidth: number };
type EmbeddedFont = {
  font?: FontkitFont;
  subset?: unknown;
  layoutCache?: Record<string, unknown>;
  layoutCached(text: string): GlyphRun;
  layoutRun(text: string, features: unknown): GlyphRun;
  layout(
    text: string,
    features: unknown,
    onlyWidth?: boolean,
  ): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number };
};
type PdfDocumentClass = {
  prototype: {
    fontCache: Record<string, Record<string, unknown> | undefined>;
    getFontType(bold: boolean, italics: boolean): string;
    provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
  };
};

const installed = Symbol.for('guichet.pdfmakeTuning');

export function tunePdfmake(): void {
  const load = createRequire(import.meta.url);
  const version = (load('pdfmake/package.json') as { version: string }).version;
  const styles = (load('pdfmake/js/StyleContextStack') as { default: StyleStackClass }).default;
  const renderer = (load('pdfmake/js/Renderer') as { default: RendererClass }).default;
  const documents = (load('pdfmake/js/PDFDocument') as { default: PdfDocumentClass }).default;
  const textInlines = (load('pdfmake/js/TextInlines') as { default: TextInlinesClass }).default;
  const marked = styles as unknown as Record<symbol, boolean>;
  if (marked[installed] === true) return;
  // pdfkit as pdfmake loads it (the font class patched below is pdfkit's).
  const pdfkitMain = createRequire(load.resolve('pdfmake')).resolve('pdfkit');
  const pdfkitVersion = (
    JSON.parse(readFileSync(join(dirname(pdfkitMain), '..', 'package.json'), 'utf8')) as { version: string }
  ).version;
  if (
    version !== '0.3.11' ||
    pdfkitVersion !== '0.19.1' ||
    typeof styles.getStyleProperty !== 'function' ||
    typeof renderer.prototype.renderLine !== 'function' ||
    typeof documents.prototype.provideFont !== 'function' ||
    typeof textInlines.prototype.buildInlines !== 'function'
  ) {
    throw new Error(
      `pdfmake ${version}, pdfkit ${pdfkitVersion}: check electron/letters/render/pdfmake-tuning.ts against this version`,
    );
  }
  rememberStyleAnswers(styles);
  drawWordRunsTogether(renderer);
  parseFontsOncePerThread(documents);
  measureRepeatedTextOnce(textInlines);
  marked[installed] = true;
}

const isValue = (value: unknown): boolean => value !== undefined && value !== null;

function rememberStyleAnswers(styles: StyleStackClass): void {
  const { push, pop, getProperty } = styles.prototype;
  const getStyleProperty = styles.getStyleProperty.bind(styles);
  styles.prototype.push = function (this: StyleStack, item: unknown) {
    this.memo = undefined;
    push.call(this, item);
  };
  styles.prototype.pop = function (this: StyleStack, howMany?: number) {
    this.memo = undefined;
    pop.call(this, howMany);
  };
  styles.prototype.getProperty = function (this: StyleStack, property: string) {
    this.memo ??= new Map();
    if (this.memo.has(property)) return this.memo.get(property);
    const value = getProperty.call(this, property);
    this.memo.set(property, value);
    return value;
  };
  styles.getStyleProperty = (item, stack, property, defaultValue) => {
    const own = (item as Record<string, unknown>)[property];
    if (isValue(own)) return own;
    if (stack === undefined || stack === null) return defaultValue;
    // pdfmake pushes the item (its named styles, then itself) before asking: only named styles can answer.
    if (
      typeof item === 'object' &&
      item !== null &&
      'style' in item &&
      (item as { style?: unknown }).style !== undefined
    ) {
      return getStyleProperty(item, stack, property, defaultValue);
    }
    const value = stack.getProperty(property);
    return isValue(value) ? value : defaultValue;
  };
}

/** Properties that give an inline its own drawing (links, decorations, shifts): such an inline stays alone. */
const SOLO = [
  'link',
  'linkToPage',
  'linkToDestination',
  '_pageNodeRef',
  'decoration',
  'background',
  'sup',
  'sub',
  'fontFeatures',
  'justifyShift',
  'characterSpacing',
] as const;
const isPlain = (inline: Inline): boolean => SOLO.every((property) => !inline[property]);

function drawWordRunsTogether(renderer: RendererClass): void {
  const { renderLine } = renderer.prototype;
  renderer.prototype.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    const runs = joinWordRuns(line.inlines);
    if (runs.length === line.inlines.length) return renderLine.call(this, line, x, y);
    // A copy of the line (same class, for its height methods): the laid-out pages stay as pdfmake left them.
    const joined = Object.assign(Object.create(Object.getPrototypeOf(line) as object) as Line, line, { inlines: runs });
    return renderLine.call(this, joined, x, y);
  };
}

/** Consecutive plain inlines with the same look, each starting where the previous one ends, become one. */
export function joinWordRuns(inlines: readonly Inline[]): Inline[] {
  const runs: Inline[] = [];
  let run: Inline | undefined;
  let runIsPlain = false;
  for (const inline of inlines) {
    const inlineIsPlain = isPlain(inline);
    if (
      run !== undefined &&
      runIsPlain &&
      inlineIsPlain &&
      inline.font === run.font &&
      inline.fontSize === run.fontSize &&
      inline.color === run.color &&
      (inline.opacity ?? 1) === (run.opacity ?? 1) &&
      inline.height === run.height &&
      Math.abs(run.x + run.width - inline.x) < 1e-6
    ) {
      run.text += inline.text;
      run.width += inline.width;
      continue;
    }
    run = { ...inline };
    runIsPlain = inlineIsPlain;
    runs.push(run);
  }
  return runs;
}

/** Entries of the shared word cache per font before it starts afresh (a few MB). */
const WORD_CACHE_LIMIT = 20_000;

function parseFontsOncePerThread(documents: PdfDocumentClass): void {
  const { provideFont } = documents.prototype;
  const parsed = new Map<string, { font: FontkitFont; words: Record<string, unknown> | undefined }>();
  documents.prototype.provideFont = function (
    this: PdfDocumentClass['prototype'],
    family: string,
    bold: boolean,
    italics: boolean,
  ) {
    const isNew = this.fontCache[family]?.[this.getFontType(bold, italics)] === undefined;
    const embedded = provideFont.call(this, family, bold, italics);
    if (!isNew || embedded.font === undefined || embedded.subset === undefined) return embedded;
    appendWordRuns(Object.getPrototypeOf(embedded) as EmbeddedFont);
    // The same file, whatever name it was registered under: PostScript name and checksum.
    const key = `${embedded.font.postscriptName}:${embedded.font.head.checkSumAdjustment}`;
    const shared = parsed.get(key);
    if (shared === undefined) {
      keepGlyphsPerCodePoints(embedded.font);
      parsed.set(key, { font: embedded.font, words: embedded.layoutCache });
      return embedded;
    }
    if (shared.words !== undefined && Object.keys(shared.words).length > WORD_CACHE_LIMIT)
      shared.words = Object.create(null) as Record<string, unknown>;
    embedded.font = shared.font;
    embedded.subset = shared.font.createSubset();
    if (embedded.layoutCache !== undefined && shared.words !== undefined) embedded.layoutCache = shared.words;
    return embedded;
  };
}

/**
 * fontkit keeps one glyph object per glyph id and parsed font, carrying the code points it was first
 * asked for; pdfkit writes those into each document's text layer (ToUnicode). With one parsed font per
 * document that history was the document's own. Shared across documents it leaks: embedding a subset
 * asks for the components of composite glyphs with no code points (the colon is drawn from two
 * periods), so every later "." read back as nothing; and a glyph reached from two characters (Δ and ∆)
 * would read as whichever an earlier document used. Here a glyph object is kept per glyph id *and*
 * code points, so each laid-out glyph carries the characters it was laid out from, whatever came before.
 */
function keepGlyphsPerCodePoints(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  const glyphs = new Map<string, FontkitGlyph | null>();
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const key = `${id}:${codePoints.join(',')}`;
    let glyph = glyphs.get(key);
    if (glyph === undefined) {
      const known = getGlyph(id, [...codePoints]);
      // The same class as fontkit's own (TrueType, CFF...): a second object for the same glyph.
      const glyphClass = known?.constructor as GlyphClass | undefined;
      glyph =
        known === null || glyphClass === undefined || sameCodePoints(known.codePoints, codePoints)
          ? known
          : new glyphClass(id, [...codePoints], font);
      glyphs.set(key, glyph);
    }
    return glyph;
  };
}

const sameCodePoints = (left: readonly number[], right: readonly number[]): boolean =>
  left.length === right.length && left.every((codePoint, index) => codePoint === right[index]);

const appended = new WeakSet<object>();

/** pdfkit 0.19.1's EmbeddedFont.layout, with the same word splitting, but appending instead of copying. */
function appendWordRuns(fontClass: EmbeddedFont): void {
  if (
    appended.has(fontClass) ||
    typeof fontClass.layoutCached !== 'function' ||
    typeof fontClass.layoutRun !== 'function'
  )
    return;
  fontClass.layout = function (this: EmbeddedFont, text: string, features: unknown, onlyWidth?: boolean) {
    if (Boolean(features)) return this.layoutRun(text, features);
    const glyphs: unknown[] | null = onlyWidth === true ? null : [];
    const positions: unknown[] | null = onlyWidth === true ? null : [];
    let advanceWidth = 0;
    let last = 0;
    // A word runs up to and including the space or tab after it; the last one up to the end.
    for (let index = 0; index <= text.length; index += 1) {
      const code = index < text.length ? text.charCodeAt(index) : -1;
      if (code === 32 || code === 9 || (code === -1 && last < index)) {
        const run = this.layoutCached(text.slice(last, index + 1));
        if (glyphs !== null && positions !== null) {
          for (const glyph of run.glyphs) glyphs.push(glyph);
          for (const position of run.positions) positions.push(position);
        }
        advanceWidth += run.advanceWidth;
        last = index + 1;
      }
    }
    return { glyphs, positions, advanceWidth };
  };
  appended.add(fontClass);
}

/** Every style property pdfmake 0.3.11 reads while breaking and measuring text (TextBreaker, TextInlines). */
const TEXT_STYLE = [
  'alignment',
  'background',
  'bold',
  'characterSpacing',
  'color',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'font',
  'fontFeatures',
  'fontSize',
  'italics',
  'leadingIndent',
  'lineHeight',
  'link',
  'linkToDestination',
  'linkToPage',
  'noWrap',
  'opacity',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'sub',
  'sup',
  'wordBreak',
] as const;
const INLINE_KEYS = new Set<string>(['text', ...TEXT_STYLE]);
/** Distinct texts kept per document before the memory starts afresh. */
const MEASURED_LIMIT = 5_000;

/** Plain strings, or inline pieces holding only text and style values: anything else is measured as usual. */
function isPlainText(text: unknown): boolean {
  if (typeof text === 'string') return true;
  if (!Array.isArray(text)) return false;
  return text.every(
    (piece: unknown) =>
      typeof piece === 'string' ||
      (typeof piece === 'object' &&
        piece !== null &&
        !Array.isArray(piece) &&
        Object.keys(piece).every((key) => INLINE_KEYS.has(key)) &&
        typeof (piece as { text?: unknown }).text === 'string'),
  );
}

const TEXT_STYLE_SET = new Set<string>(TEXT_STYLE);

/**
 * The text style values the stack resolves to, in one pass from the default style up (the last value
 * set wins, as in StyleContextStack.getProperty); undefined when the stack holds a named style.
 */
function textStyleOf(
  stack: StyleStack & { defaultStyle?: Record<string, unknown> },
): Record<string, unknown> | undefined {
  const style: Record<string, unknown> = {};
  for (const layer of [stack.defaultStyle ?? {}, ...stack.styleOverrides]) {
    if (typeof layer !== 'object' || layer === null) return undefined;
    for (const [property, value] of Object.entries(layer))
      if (TEXT_STYLE_SET.has(property) && isValue(value)) style[property] = value;
  }
  return style;
}

function measureRepeatedTextOnce(textInlines: TextInlinesClass): void {
  const { buildInlines } = textInlines.prototype;
  const perDocument = new WeakMap<object, Map<string, Measured>>();
  const copy = (measured: Measured): Measured => ({
    items: measured.items.map((item) => ({ ...item })),
    minWidth: measured.minWidth,
    maxWidth: measured.maxWidth,
  });
  textInlines.prototype.buildInlines = function (
    this: TextInlinesClass['prototype'],
    text: unknown,
    stack: StyleStack,
  ) {
    if (!isPlainText(text) || stack === undefined || stack === null) return buildInlines.call(this, text, stack);
    const style = textStyleOf(stack);
    if (style === undefined) return buildInlines.call(this, text, stack);
    const key = JSON.stringify([text, style]);
    let measured = perDocument.get(this.pdfDocument);
    if (measured === undefined || measured.size > MEASURED_LIMIT) {
      measured = new Map();
      perDocument.set(this.pdfDocument, measured);
    }
    const known = measured.get(key);
    if (known !== undefined) return copy(known);
    const fresh = buildInlines.call(this, text, stack);
    measured.set(key, copy(fresh));
    return fresh;
  };
}
