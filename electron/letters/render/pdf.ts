/**
 * pdfmake 0.3 set-up for Node (docs/stack-notes §3.6): the module is a singleton configured once per
 * process (or worker), fonts come from assets/fonts through its virtual file system, no URL and no
 * local file may be read, and the metadata dates are fixed so the same input gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentDefinition } from './document-definition';
import { tunePdfmake } from './pdfmake-tuning';

type OutputDocument = { getBuffer(): Promise<Buffer> };
type PdfMake = {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: DocumentDefinition): OutputDocument;
};

export const LETTER_FONT = 'Roboto';
const fontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** Metadata dates are part of the bytes (and of the PDF /ID hash): fixed, so output is reproducible. */
export const FIXED_PDF_DATE = new Date('2000-01-01T00:00:00.000Z');

/** assets/ next to the repository root; the bundled worker and packaged builds pass it explicitly. */
export function defaultAssetsDir(): string {
  return process.env.GUICHET_ASSETS_DIR ?? fileURLToPath(new URL('../../../assets', import.meta.url));
}

let configured: { pdfmake: PdfMake; assetsDir: string } | undefined;

function pdfmakeFor(assetsDir: string): PdfMake {
  if (configured?.assetsDir === assetsDir) return configured.pdfmake;
  const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake;
  tunePdfmake();
  const allowed = new Set<string>();
  for (const file of Object.values(fontFiles)) {
    pdfmake.virtualfs.writeFileSync(file, readFileSync(join(assetsDir, 'fonts', file)));
    allowed.add(file);
  }
  pdfmake.setFonts({ [LETTER_FONT]: { ...fontFiles } });
  pdfmake.setUrlAccessPolicy(() => false);
  // Only our own fonts, already in the virtual file system; a template can never make us read a file.
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  configured = { pdfmake, assetsDir };
  return pdfmake;
}

/** Renders a definition to PDF bytes. Dates in `info` are forced to FIXED_PDF_DATE. */
export async function renderPdf(
  definition: DocumentDefinition,
  assetsDir: string = defaultAssetsDir(),
): Promise<Buffer> {
  const pdfmake = pdfmakeFor(assetsDir);
  const fixed: DocumentDefinition = {
    ...definition,
    info: { ...definition.info, creationDate: FIXED_PDF_DATE, modDate: FIXED_PDF_DATE },
  };
  return pdfmake.createPdf(fixed).getBuffer();
}
