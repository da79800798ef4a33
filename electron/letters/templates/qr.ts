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

export function qrNode(payload: string, size: number): ContentNode {
  return { image: `data:image/png;base64,${qrPng(payload).toString('base64')}`, width: size, height: size };
}

/** The symbol as a black-on-white 1-bit grayscale PNG. */
export function qrPng(payload: string): Buffer {
  const { modules } = create(payload, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
  const rowBytes = Math.ceil(side / 8);
  const raw = Buffer.alloc((rowBytes + 1) * side, 0);
  for (let y = 0; y < side; y += 1) {
    const rowStart = y * (rowBytes + 1);
    // Filter byte 0 (none), then bits with 1 = white.
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / PIXELS_PER_MODULE) - QUIET_ZONE;
      const column = Math.floor(x / PIXELS_PER_MODULE) - QUIET_ZONE;
      const isDark = row >= 0 && column >= 0 && row < modules.size && column < modules.size && modules.get(row, column) === 1;
      if (!isDark) raw[rowStart + 1 + (x >> 3)] = (raw[rowStart + 1 + (x >> 3)] ?? 0) | (0x80 >> (x & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, grayscale, deflate, adaptive filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}
