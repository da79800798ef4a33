/**
 * The EPC QR code drawn as a 1-bit PNG image (byte mode, UTF-8 as EPC069-12 character set 1 wants,
 * error correction M, 4-module quiet zone). pdfmake's own `{ qr, eccLevel: 'M' }` draws every dark
 * module as a separate filled rectangle with its own colour change (~1,000 drawing operations): it
 * doubled the cost of a one-page reminder, and an SVG path was no cheaper (svg-to-pdfkit parses every
 * segment). A PNG without alpha is embedded by pdfkit as is (its IDAT goes into the PDF with a PNG
 * predictor, nothing decoded), each module an exact block of pixels, so it prints as sharp as vectors.
 */
import { crc32, deflateSync } from 'node:zlib';
import { create } from 'qrcode';
import type { ContentNode } from '../render/document-definition';

const QUIET_ZONE = 4;
/** Pixels per module: whole pixels keep the edges exact when a viewer scales the image. */
const PIXELS_PER_MODULE = 4;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = chunk('IEND', Buffer.alloc(0));

export function qrNode(payload: string, size: number): ContentNode {
  return { image: `data:image/png;base64,${qrPng(payload).toString('base64')}`, width: size, height: size };
}

/**
 * The symbol's modules, row by row (true = dark). One byte-mode segment of UTF-8, as EPC069-12
 * describes the payload. The library's default splits the text into numeric, alphanumeric and byte
 * segments with a shortest-path search: a third of the encoding time, for the same symbol version on
 * all 300 demo payloads tried (version 5, 37 × 37 modules).
 */
export function qrModules(payload: string): { size: number; isDark(row: number, column: number): boolean } {
  const { modules } = create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}

/** The symbol as a black-on-white 1-bit grayscale PNG. */
export function qrPng(payload: string): Buffer {
  const { size, isDark } = qrModules(payload);
  const side = (size + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
  const stride = Math.ceil(side / 8) + 1; // filter byte 0 (none), then the pixels, 1 = white
  const raw = Buffer.alloc(stride * side, 0xff);
  for (let y = 0; y < side; y += 1) raw[y * stride] = 0;
  // Each module row is drawn once into its first pixel row, then copied to the other pixel rows.
  for (let row = 0; row < size; row += 1) {
    const first = (row + QUIET_ZONE) * PIXELS_PER_MODULE * stride;
    for (let column = 0; column < size; column += 1) {
      if (!isDark(row, column)) continue;
      const x0 = (column + QUIET_ZONE) * PIXELS_PER_MODULE;
      for (let x = x0; x < x0 + PIXELS_PER_MODULE; x += 1)
        raw[first + 1 + (x >> 3)] = (raw[first + 1 + (x >> 3)] ?? 0) & ~(0x80 >> (x & 7));
    }
    for (let copy = 1; copy < PIXELS_PER_MODULE; copy += 1) raw.copy(raw, first + copy * stride, first, first + stride);
  }
  // Padding bits after the last pixel of a row are set too: PNG decoders ignore them.
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, grayscale, deflate, adaptive filter, no interlace
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), PNG_END]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}
