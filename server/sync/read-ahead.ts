/**
 * Head office reads the page a device will ask for next while it sends the current one.
 *
 * A device asks for page N+1 as soon as page N arrives and writes page N meanwhile, so head office
 * already works while the device writes; but each page then costs head office its query and its
 * sending one after the other, and in a first sync of millions of rows the device waited for it a
 * quarter of the time (bench:sync, 2 December 2026). Started as soon as a full page is read, the
 * next page's query runs while this one is sent.
 *
 * Nothing here is state the protocol relies on: a page read a moment before it is asked for is an
 * answer head office could have given then, and everything that changed since carries a later
 * sequence, so it comes in a later page. A miss (another instance behind the load balancer, a page
 * not asked for in time) reads the page as before. Pages are kept a few seconds and only between a
 * device's pages of one pull: a page is served only while the device's push count (devices.push_count,
 * read at authentication) is the one it was read under, so its own changes never come back older than
 * it sent them, whichever instance took the push (an older value there would also give its next edit
 * an old base, hence a false conflict). A push on this instance also drops them at once (memory).
 */
import type { PullRequest } from '../../shared/contract/sync-protocol';
import type { DeviceScope } from '../auth';
import type { PullPage } from './pull';

export type ReadAheadOptions = { maxPages?: number; maxAgeMs?: number; now?: () => number };
type Entry = { page: Promise<PullPage | null>; readAt: number };

export type ReadAhead = {
  /** The page read ahead for this request, or null (none, too old, or its reading failed). */
  take(scope: DeviceScope, request: PullRequest): Promise<PullPage | null>;
  /** Starts reading the page that follows `page` for this device, if there is one. */
  prepare(
    scope: DeviceScope,
    request: PullRequest,
    page: PullPage,
    read: (next: PullRequest) => Promise<PullPage>,
  ): void;
  /** Forgets what was read ahead for a device (it pushed: those pages can no longer be served). */
  forget(deviceId: string): void;
  size(): number;
};

/** A page is served only to the same device, for the same request, with no push from it in between (on any instance). */
function keyOf(scope: DeviceScope, request: Pick<PullRequest, 'cursor' | 'limit' | 'isProgressWanted'>): string {
  return `${scope.deviceId}:${scope.pushCount}:${request.cursor}:${request.limit}:${request.isProgressWanted === true}`;
}

export function createReadAhead(options: ReadAheadOptions = {}): ReadAhead {
  const maxPages = options.maxPages ?? 16;
  const maxAgeMs = options.maxAgeMs ?? 5_000;
  const now = options.now ?? (() => Date.now());
  // Insertion order is age order: the first entry is the oldest.
  const entries = new Map<string, Entry>();

  const dropStale = (): void => {
    const limit = now() - maxAgeMs;
    for (const [key, entry] of entries) if (entry.readAt < limit || entries.size > maxPages) entries.delete(key);
  };

  return {
    async take(scope, request) {
      dropStale();
      const key = keyOf(scope, request);
      const entry = entries.get(key);
      if (!entry) return null;
      entries.delete(key);
      return entry.page;
    },
    prepare(scope, request, page, read) {
      if (!page.hasMore) return;
      const next: PullRequest = { ...request, cursor: page.cursor };
      // A failed reading is not an error of this request: the device's own request reads the page again.
      entries.set(keyOf(scope, next), { page: read(next).catch(() => null), readAt: now() });
      dropStale();
    },
    forget(deviceId) {
      for (const key of entries.keys()) if (key.startsWith(`${deviceId}:`)) entries.delete(key);
    },
    size: () => entries.size,
  };
}
