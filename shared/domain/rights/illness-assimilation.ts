import { addQuarters, dateParts, quarterFromOrdinal, quarterLabel, quarterOf, quarterOrdinal } from '../calendar';
import type { IsoDate, Quarter } from '../calendar';

/** The month of `date` inside its quarter: 1, 2 or 3. */
function monthInQuarter(date: IsoDate): number {
  return ((dateParts(date).month - 1) % 3) + 1;
}

/** The first assimilated quarter: the one after the onset, or the onset's own quarter when it falls in its first month. */
export function assimilationStartQuarter(onset: IsoDate): Quarter {
  const quarter = quarterOf(onset);
  return monthInQuarter(onset) === 1 ? quarter : addQuarters(quarter, 1);
}

/**
 * The quarters assimilated for illness (RSVZ, "Wat met mijn sociale bijdragen als ik ziek ben"):
 * from the quarter after the onset (the onset's quarter when it falls in its first month) up to
 * the quarter before the resumption (the resumption's quarter when it falls in its third month).
 * With no resumption yet, `end` is null and the quarters run up to the quarter of `asOf`.
 */
export function illnessAssimilationQuarters(onset: IsoDate, end: IsoDate | null, asOf?: IsoDate): string[] {
  const start = quarterOrdinal(assimilationStartQuarter(onset));
  let last: number;
  if (end === null) last = quarterOrdinal(quarterOf(asOf ?? onset));
  else last = quarterOrdinal(quarterOf(end)) - (monthInQuarter(end) === 3 ? 0 : 1);
  const quarters: string[] = [];
  for (let ordinal = start; ordinal <= last; ordinal += 1) quarters.push(quarterLabel(quarterFromOrdinal(ordinal)));
  return quarters;
}
