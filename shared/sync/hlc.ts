/**
 * Hybrid logical clock (Kulkarni et al., 2014): timestamps that follow wall time but never go
 * backwards and order causally related events even when device clocks disagree. The clock reading
 * is passed in, so this stays pure. Serialised so that string order is timestamp order.
 */
export type Hlc = { wallMs: number; counter: number; node: string };

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export function formatHlc(hlc: Hlc): string {
  return `${String(hlc.wallMs).padStart(WALL_DIGITS, '0')}-${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}-${hlc.node}`;
}

export function parseHlc(text: string): Hlc {
  const match = /^(\d{15})-(\d{6})-(.+)$/.exec(text);
  if (!match) throw new RangeError('not a hybrid logical clock value');
  return { wallMs: Number(match[1]), counter: Number(match[2]), node: match[3] as string };
}

/** The next timestamp for a local event. */
export function tickHlc(previous: Hlc, nowMs: number): Hlc {
  if (nowMs > previous.wallMs) return { wallMs: nowMs, counter: 0, node: previous.node };
  return { wallMs: previous.wallMs, counter: previous.counter + 1, node: previous.node };
}

/** The next timestamp after receiving a remote one: later than both, whatever the local clock says. */
export function receiveHlc(local: Hlc, remote: Hlc, nowMs: number): Hlc {
  const wallMs = Math.max(local.wallMs, remote.wallMs, nowMs);
  let counter = 0;
  if (wallMs === local.wallMs && wallMs === remote.wallMs) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  return { wallMs, counter, node: local.node };
}
