/**
 * What a sync costs on the wire, for bench:sync: the device's transport counts every call's bytes as
 * sent and as read, notes each whole pull page by the cursor it started from (a page fetched twice
 * shows as a repeated cursor), and keeps a few pages to weigh the encodings on afterwards: brotli and
 * gzip at head office's settings, a near-best compression of the same pages, and the compact format
 * (one column list per entity, rows as arrays), with the CPU time each takes per megabyte.
 */
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { syncPaths } from '../../shared/contract/sync-protocol';
import { httpTransport, type SyncTransport } from '../../electron/services/sync/transport';
import { describeLink, linkFloorSeconds, parseDuration, parseRate, type LinkOptions } from './link-proxy';

export type WireTally = {
  calls: number;
  requestBytes: number;
  requestSentBytes: number;
  responseBytes: number;
  pageCursors: number[];
};

const emptyTally = (): WireTally => ({
  calls: 0,
  requestBytes: 0,
  requestSentBytes: 0,
  responseBytes: 0,
  pageCursors: [],
});

export type MeteredTransport = {
  transport: SyncTransport;
  /** The tally since the last call, then starts a new one. */
  take(): WireTally;
  samples: string[];
};

/** `sampleEvery`: one pull page in so many is kept (its text) for the encodings' comparison. */
export function meteredTransport(address: string, timeoutMs: number, sampleEvery: number): MeteredTransport {
  let tally = emptyTally();
  let pages = 0;
  const samples: string[] = [];
  const inner = httpTransport(address, {
    timeoutMs,
    onExchange: (exchange) => {
      tally.calls += 1;
      tally.requestBytes += exchange.requestBytes;
      tally.requestSentBytes += exchange.requestSentBytes;
      tally.responseBytes += exchange.responseBytes;
    },
  });
  const transport: SyncTransport = async (path, body, token, signal) => {
    const answer = await inner(path, body, token, signal);
    if (path === syncPaths.pull && answer.status === 200) {
      tally.pageCursors.push((body as { cursor: number }).cursor);
      pages += 1;
      if (pages % sampleEvery === 1 && samples.length < 8) samples.push(JSON.stringify(answer.body));
    }
    return answer;
  };
  return {
    transport,
    samples,
    take: () => {
      const taken = tally;
      tally = emptyTally();
      return taken;
    },
  };
}

export type LinkArguments = LinkOptions & { isShaped: boolean };

/** `--link 20mbit --rtt 60ms --drop-after 5000000` from the command line (after `npm run bench:sync --`). */
export function linkArguments(argv: readonly string[]): LinkArguments {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const link = value('--link');
  const rtt = value('--rtt');
  const dropAfter = value('--drop-after');
  return {
    bitsPerSecond: link ? parseRate(link) : Number.POSITIVE_INFINITY,
    roundTripMs: rtt ? parseDuration(rtt) : 0,
    isShaped: link !== undefined || rtt !== undefined,
    ...(dropAfter ? { dropAfterBytes: Number(dropAfter) } : {}),
  };
}

const MB = 1024 * 1024;
export const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1)} MB`;

/** Rows of one entity with their keys once: the compact page format's size, for comparison. */
function compactText(pageText: string): string {
  const page = JSON.parse(pageText) as { items: { kind: string; entity?: string; data?: Record<string, unknown> }[] };
  const groups = new Map<string, { columns: string[]; rows: unknown[][] }>();
  const others: unknown[] = [];
  for (const item of page.items) {
    if (item.kind !== 'row' || !item.entity || !item.data) {
      others.push(item);
      continue;
    }
    const { kind: _kind, entity, data, ...envelope } = item;
    let group = groups.get(entity);
    if (!group) {
      group = { columns: [...Object.keys(envelope), ...Object.keys(data).map((key) => `data.${key}`)], rows: [] };
      groups.set(entity, group);
    }
    group.rows.push([...Object.values(envelope), ...Object.values(data)]);
  }
  return JSON.stringify({ ...page, items: others, tables: Object.fromEntries(groups) });
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(started);
  return { value, ms: (used.user + used.system) / 1000 };
}

type Encoding = { name: string; encode(bytes: Buffer): Buffer; decode(bytes: Buffer): Buffer };
const brotli = (quality: number, window = 22): Encoding => ({
  name: `brotli q${quality}${window === 22 ? '' : ` (window 2^${window})`}`,
  encode: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_LGWIN]: window,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  decode: (bytes) => brotliDecompressSync(bytes),
});
const encodings: Encoding[] = [
  brotli(4),
  { name: 'gzip 6', encode: (bytes) => gzipSync(bytes), decode: (bytes) => gunzipSync(bytes) },
  brotli(9, 24),
];

/**
 * The sampled pages under each encoding, scaled to the whole sync's decoded bytes: what each would
 * put on the wire and what it costs head office (encode) and the device (decode) in CPU seconds.
 */
export function encodingReport(samples: readonly string[], decodedBytes: number): string[] {
  if (samples.length === 0) return ['encodings: no page sampled'];
  const texts = samples.map((text) => Buffer.from(text));
  const compact = samples.map((text) => Buffer.from(compactText(text)));
  const sampled = texts.reduce((sum, text) => sum + text.length, 0);
  const scale = decodedBytes / sampled;
  const lines = [
    `encodings, from ${samples.length} sampled pages (${megabytes(sampled)}) scaled to ${megabytes(decodedBytes)}:`,
  ];
  const line = (label: string, inputs: Buffer[], encoding?: Encoding): void => {
    const bytes = inputs.reduce((sum, input) => sum + input.length, 0);
    if (!encoding) {
      lines.push(`  ${label}: ${megabytes(bytes * scale)} (${((bytes / sampled) * 100).toFixed(0)} % of JSON)`);
      return;
    }
    const encoded = timed(() => inputs.map((input) => encoding.encode(input)));
    const decoded = timed(() => encoded.value.map((output) => encoding.decode(output)));
    const size = encoded.value.reduce((sum, output) => sum + output.length, 0);
    lines.push(
      `  ${label} + ${encoding.name}: ${megabytes(size * scale)} (${(sampled / size).toFixed(1)}x smaller than JSON); CPU ${(
        (encoded.ms / 1000) *
        scale
      ).toFixed(
        1,
      )} s to encode at head office (${(encoded.ms / (sampled / MB)).toFixed(1)} ms/MB), ${((decoded.ms / 1000) * scale).toFixed(1)} s to decode on the device`,
    );
  };
  line('JSON pages', texts);
  line('compact pages', compact);
  for (const encoding of encodings) line('JSON', texts, encoding);
  line('compact', compact, encodings[0]);
  return lines;
}

/** One phase of a sync as the link saw it: bytes each way on the wire and decoded, the link's floor for them, pages. */
export function phaseReport(
  label: string,
  tally: WireTally,
  wire: { up: number; down: number },
  link: LinkOptions,
  seconds: number,
): string {
  const distinct = new Set(tally.pageCursors).size;
  const floor = linkFloorSeconds(link, wire.up, wire.down);
  return `${label}: up ${megabytes(wire.up)} on the wire (bodies ${megabytes(tally.requestSentBytes)} sent, ${megabytes(tally.requestBytes)} decoded), down ${megabytes(wire.down)} on the wire (bodies ${megabytes(tally.responseBytes)} decoded, ${(tally.responseBytes / Math.max(1, wire.down)).toFixed(1)}x); ${describeLink(link)}; floor for these bytes ${floor.toFixed(1)} s, took ${seconds.toFixed(1)} s; ${tally.calls} calls, ${tally.pageCursors.length} pull pages, ${distinct} distinct (${tally.pageCursors.length - distinct} fetched twice)`;
}
