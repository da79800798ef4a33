import { toIsoDate } from '../../../shared/domain/calendar';
import type { ContributionCategory } from '../../../shared/domain/contribution/types';
import type {
  ContributionQuarterFact,
  LifeEvent,
  RightApplicationFact,
  RightsFacts,
} from '../../../shared/domain/rights';

/** Quarters from `first` to `last` ("2020-Q1"), all paid in `category` unless told otherwise. */
export function quarters(
  first: string,
  last: string,
  category: ContributionCategory = 'main',
  isPaid = true,
): ContributionQuarterFact[] {
  const [fromYear, fromIndex] = first.split('-Q').map(Number) as [number, number];
  const [toYear, toIndex] = last.split('-Q').map(Number) as [number, number];
  const facts: ContributionQuarterFact[] = [];
  for (let ordinal = fromYear * 4 + fromIndex - 1; ordinal <= toYear * 4 + toIndex - 1; ordinal += 1)
    facts.push({ quarter: `${Math.floor(ordinal / 4)}-Q${(ordinal % 4) + 1}`, category, isPaid });
  return facts;
}

export function lifeEvent(
  kind: LifeEvent['kind'],
  date: string,
  extra: Partial<Omit<LifeEvent, 'date'>> = {},
): LifeEvent {
  return {
    id: extra.id ?? `${kind}-${date}`,
    kind,
    date: toIsoDate(date),
    origin: 'counter',
    source: 'advisor',
    cessationGround: null,
    isStillbirth: false,
    ...extra,
  };
}

export function application(
  extra: Partial<RightApplicationFact> & Pick<RightApplicationFact, 'right'>,
): RightApplicationFact {
  return {
    id: 'application-1',
    eventId: null,
    status: 'filed',
    filedOn: toIsoDate('2025-01-10'),
    decidedOn: null,
    monthsGranted: 0,
    ...extra,
  };
}

export function facts(extra: Partial<RightsFacts> = {}): RightsFacts {
  return {
    asOf: toIsoDate('2025-06-15'),
    birthDate: toIsoDate('1980-05-20'),
    hasFamilyCharge: false,
    affiliations: [{ category: 'main', startDate: toIsoDate('2015-01-01'), endDate: null }],
    contributionQuarters: quarters('2015-Q1', '2025-Q2'),
    events: [],
    applications: [],
    ...extra,
  };
}
