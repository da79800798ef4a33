/**
 * A completed batch's output (merged PDF or manifest CSV) handed out in slices: a 10,000-page PDF
 * (~55 MiB) never travels as one message. In a profile the file is sealed as a whole, so it is
 * opened once and the slices are cut from the plain bytes kept for the next call.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { readArchiveFile, type ArchiveCipher } from '../../letters/archive-cipher';
import { basename } from 'node:path';
import type { BatchRow } from '../../../db/repositories/letter-batch-journal';
import type { ChannelOutput } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';

export const OUTPUT_SLICE_BYTES = 4 * 1024 * 1024;

/** Up to OUTPUT_SLICE_BYTES of `path` from `offset` (fewer at the end of the file). */
export function readFileSlice(path: string, offset: number, totalBytes: number): Buffer {
  const end = Math.min(totalBytes, offset + OUTPUT_SLICE_BYTES);
  const slice = Buffer.alloc(end - offset);
  const descriptor = openSync(path, 'r');
  try {
    for (let read = 0; read < slice.length;) {
      const count = readSync(descriptor, slice, read, slice.length - read, offset + read);
      if (count === 0) break;
      read += count;
    }
  } finally {
    closeSync(descriptor);
  }
  return slice;
}

/** The file name a batch output is saved under: kind, quarter or year, branch and the start of its hash. */
function outputStem(batch: BatchRow, path: string): string {
  const criteria = batch.criteria as { quarter?: string; year?: number; branchCode?: string };
  const period = criteria.quarter ?? (criteria.year === undefined ? undefined : String(criteria.year));
  return [batch.kind, period, criteria.branchCode, basename(path).slice(0, 8)]
    .filter((part) => part !== undefined)
    .join('-');
}

/** The last sealed output opened, so a download in slices decrypts it once, not once a slice. */
let lastOpened: { path: string; modifiedMs: number; size: number; plain: Buffer } | undefined;

function openedOutput(archive: ArchiveCipher, path: string): Buffer {
  const stat = statSync(path);
  if (lastOpened?.path !== path || lastOpened.modifiedMs !== stat.mtimeMs || lastOpened.size !== stat.size)
    lastOpened = { path, modifiedMs: stat.mtimeMs, size: stat.size, plain: readArchiveFile(archive, path) };
  return lastOpened.plain;
}

export function batchOutputSlice(
  batch: BatchRow,
  file: 'pdf' | 'manifest',
  offset: number,
  archive: ArchiveCipher,
): ChannelOutput<'letters.batchOutput'> {
  const path = file === 'pdf' ? batch.pdfFile : batch.manifestFile;
  if (batch.status !== 'completed' || path === null || !existsSync(path))
    throw new GuichetError('conflict', 'letters.errors.batchNotCompleted');
  const plain = archive.isEncrypted ? openedOutput(archive, path) : undefined;
  const totalBytes = plain?.length ?? statSync(path).size;
  if (offset > totalBytes) throw new GuichetError('validation', 'errors.validation');
  const slice = plain
    ? Buffer.from(plain.subarray(offset, Math.min(totalBytes, offset + OUTPUT_SLICE_BYTES)))
    : readFileSlice(path, offset, totalBytes);
  const end = offset + slice.length;
  return {
    fileName: `${outputStem(batch, path)}.${file === 'pdf' ? 'pdf' : 'csv'}`,
    mediaType: file === 'pdf' ? 'application/pdf' : 'text/csv',
    totalBytes,
    base64: slice.toString('base64'),
    nextOffset: end < totalBytes ? end : null,
  };
}
