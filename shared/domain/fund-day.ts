/**
 * The calendar day at the fund: Belgian local time, whatever time zone the machine or the browser is
 * set to. The law counts days in Belgium, and the services and the screens must agree on "today":
 * a browser left on UTC showed 1 December as the start of a plan while the services, already on
 * 2 December in Brussels, refused it. The one place where an instant becomes an ISO date.
 */
import { toIsoDate, type IsoDate } from './calendar';

export const FUND_TIME_ZONE = 'Europe/Brussels';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: FUND_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function fundDay(instant: Date): IsoDate {
  const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return toIsoDate(`${parts['year']}-${parts['month']}-${parts['day']}`);
}
