/**
 * Joins PDFs written by pdfkit (our pdfmake chunks) into one document without re-rendering: the
 * pool renders a batch as chunks in parallel, and the batch must come out as a single PDF. Only the
 * shape pdfkit writes is supported — a classic xref table, direct /Length values, one flat page tree
 * — and anything else is refused rather than guessed. Objects reachable from the pages are copied
 * with new numbers; the chunks' catalogs, name trees and info dictionaries are dropped. Font subset
 * tags are renamed per chunk, since every chunk calls its subsets BZZZZZ+, CZZZZZ+….
 */
import { createHash } from 'node:crypto';

type PdfObject = { dictionary: string; stream?: Buffer };
type ParsedPdf = { objects: Map<number, PdfObject>; pageNumbers: number[] };

export class UnsupportedPdfError extends Error {
  override name = 'UnsupportedPdfError';
}

/** Reads the objects and the page order of one pdfkit document. */
export function parsePdfkitDocument(pdf: Buffer): ParsedPdf {
  const tail = pdf.subarray(Math.max(0, pdf.length - 1024)).toString('latin1');
  const startMatch = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startMatch) throw new UnsupportedPdfError('no startxref');
  const xrefOffset = Number(startMatch[1]);
  const xrefText = pdf.subarray(xrefOffset, pdf.length).toString('latin1');
  const header = /^xref\s+0\s+(\d+)\s+/.exec(xrefText);
  if (!header) throw new UnsupportedPdfError('no classic xref table');
  const count = Number(header[1]);
  const entries = xrefText.slice(header[0].length);
  const objects = new Map<number, PdfObject>();
  for (let number = 1; number < count; number += 1) {
    const entry = entries.slice(number * 20, number * 20 + 18);
    if (entry.endsWith('f')) continue;
    objects.set(number, readObject(pdf, Number(entry.slice(0, 10)), number));
  }
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(xrefText);
  const rootNumber = Number(/\/Root (\d+) 0 R/.exec(trailer?.[1] ?? '')?.[1]);
  const pagesNumber = Number(/\/Pages (\d+) 0 R/.exec(objects.get(rootNumber)?.dictionary ?? '')?.[1]);
  const kids = /\/Kids \[([^\]]*)\]/.exec(objects.get(pagesNumber)?.dictionary ?? '');
  if (!kids) throw new UnsupportedPdfError('no flat page tree');
  const pageNumbers = [...(kids[1] ?? '').matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
  return { objects, pageNumbers };
}

function readObject(pdf: Buffer, offset: number, number: number): PdfObject {
  const head = pdf.subarray(offset, offset + 32).toString('latin1');
  const headMatch = /^(\d+) 0 obj\n/.exec(head);
  if (!headMatch || Number(headMatch[1]) !== number)
    throw new UnsupportedPdfError(`object ${number} not at its xref offset`);
  const bodyStart = offset + headMatch[0].length;
  const streamAt = pdf.indexOf('\nstream\n', bodyStart, 'latin1');
  const endAt = pdf.indexOf('\nendobj', bodyStart, 'latin1');
  if (endAt < 0) throw new UnsupportedPdfError(`object ${number} has no end`);
  if (streamAt < 0 || streamAt > endAt) return { dictionary: pdf.subarray(bodyStart, endAt).toString('latin1') };
  const dictionary = pdf.subarray(bodyStart, streamAt).toString('latin1');
  const length = /\/Length (\d+)(?! \d+ R)/.exec(dictionary);
  if (!length) throw new UnsupportedPdfError(`object ${number} has an indirect stream length`);
  const dataStart = streamAt + '\nstream\n'.length;
  return { dictionary, stream: pdf.subarray(dataStart, dataStart + Number(length[1])) };
}

export type MergedPdf = { pdf: Buffer; pageCount: number };

/** One PDF with the pages of `documents` in order. Deterministic: the same inputs give the same bytes. */
export function mergePdfkitDocuments(documents: readonly Buffer[], info: { title: string; author: string }): MergedPdf {
  const parts: Buffer[] = [Buffer.from('%PDF-1.3\n%\xff\xff\xff\xff\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]?.length ?? 0;
  const write = (number: number, dictionary: string, stream?: Buffer): void => {
    offsets[number] = size;
    const chunk =
      stream === undefined
        ? [Buffer.from(`${number} 0 obj\n${dictionary}\nendobj\n`, 'latin1')]
        : [
            Buffer.from(`${number} 0 obj\n${dictionary}\nstream\n`, 'latin1'),
            stream,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ];
    for (const piece of chunk) {
      parts.push(piece);
      size += piece.length;
    }
  };
  // 1 catalog, 2 page tree, 3 info; copied objects from 4 on.
  let next = 4;
  const kids: number[] = [];
  const hash = createHash('md5');
  documents.forEach((document, index) => {
    hash.update(document);
    const { objects, pageNumbers } = parsePdfkitDocument(document);
    const renumber = new Map<number, number>();
    const order: number[] = [];
    const visit = (number: number): void => {
      if (renumber.has(number)) return;
      const object = objects.get(number);
      if (object === undefined) throw new UnsupportedPdfError(`missing object ${number}`);
      renumber.set(number, next);
      next += 1;
      order.push(number);
      const withoutParent = object.dictionary.replace(/\/Parent \d+ 0 R/, '');
      for (const match of withoutParent.matchAll(/(\d+) 0 R/g)) visit(Number(match[1]));
    };
    for (const page of pageNumbers) visit(page);
    const tag = subsetTag(index);
    for (const number of order) {
      const object = objects.get(number);
      if (object === undefined) continue;
      // Pages point to the new page tree; every other reference moves to the object's new number.
      const dictionary = object.dictionary
        .replace(/\/Parent \d+ 0 R/, '/Parent PARENT')
        .replace(/(\d+) 0 R/g, (_match, old: string) => `${renumber.get(Number(old)) ?? 0} 0 R`)
        .replace('/Parent PARENT', '/Parent 2 0 R')
        .replace(/\/([A-Z])ZZZZZ\+/g, (_match, letter: string) => `/${letter}${tag}+`);
      write(renumber.get(number) ?? 0, dictionary, object.stream);
    }
    for (const page of pageNumbers) kids.push(renumber.get(page) ?? 0);
  });
  write(1, '<<\n/Type /Catalog\n/Pages 2 0 R\n>>');
  write(2, `<<\n/Type /Pages\n/Count ${kids.length}\n/Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}]\n>>`);
  write(
    3,
    `<<\n/Producer ${pdfString('Guichet (pdfmake)')}\n/Creator ${pdfString('Guichet')}\n/Title ${pdfString(info.title)}\n/Author ${pdfString(info.author)}\n/CreationDate (D:20000101000000Z)\n/ModDate (D:20000101000000Z)\n>>`,
  );
  const xrefAt = size;
  const id = hash.digest('hex');
  const xref = ['xref', `0 ${next}`, '0000000000 65535 f '];
  for (let number = 1; number < next; number += 1)
    xref.push(`${String(offsets[number] ?? 0).padStart(10, '0')} 00000 n `);
  const trailer = `${xref.join('\n')}\ntrailer\n<<\n/Size ${next}\n/Root 1 0 R\n/Info 3 0 R\n/ID [<${id}> <${id}>]\n>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  parts.push(Buffer.from(trailer, 'latin1'));
  return { pdf: Buffer.concat(parts), pageCount: kids.length };
}

/** Five letters from the chunk index, so subset names stay unique across chunks (AAAAA, AAAAB, …). */
function subsetTag(index: number): string {
  let value = index;
  let tag = '';
  for (let position = 0; position < 5; position += 1) {
    tag = String.fromCharCode(65 + (value % 26)) + tag;
    value = Math.floor(value / 26);
  }
  return tag;
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any accent survives. */
function pdfString(text: string): string {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex')}>`;
}
