/** poppler-utils and zbar-tools (installed here and by .ci/run): the PDF as a reader sees it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withTempPdf<T>(pdf: Buffer, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-'));
  try {
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, pdf);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of the PDF (or of one page), with no-break spaces as plain spaces and lines joined. */
export function pdfText(pdf: Buffer, page?: number): string {
  return withTempPdf(pdf, (file) => {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
    return text
      .replace(/\u00a0/g, ' ')
      .replace(/-\n/g, '-')
      .replace(/\s+/g, ' ');
  });
}

export function pdfPageCount(pdf: Buffer): number {
  return withTempPdf(pdf, (file) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]),
  );
}

const ZBAR_NOTHING_FOUND = 4;

/** Rasterises one page at 150 dpi and returns every QR code zbarimg decodes on it. */
export function decodeQrCodes(pdf: Buffer, page = 1): string[] {
  return withTempPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', [
      '-r',
      '150',
      '-f',
      String(page),
      '-l',
      String(page),
      '-png',
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    // --raw prints the payloads; -Sbinary keeps the payload's line breaks and UTF-8 bytes untouched.
    const result = spawnSync('zbarimg', ['-q', '--raw', '-Sbinary', join(dir, 'page.png')], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // zbarimg exits with 4 when the page holds no symbol: an empty list, not an error.
    if (result.status === ZBAR_NOTHING_FOUND) return [];
    if (result.status !== 0) throw new Error(`zbarimg failed with status ${String(result.status)}`);
    return [result.stdout.toString('utf8').replace(/\n$/, '')];
  });
}

export function writeTemp(pdf: Buffer, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-'));
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}
