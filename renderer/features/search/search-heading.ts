/**
 * The line above the hits: how many case files were found. The search shows at most a page of hits,
 * so a full page must not read as the number found: it reads "the first 20 of 25".
 */
export type MatchCount = { count: number; isCapped: boolean };

export type SearchHeading =
  | { key: 'search.resultCount'; params: { count: number } }
  | { key: 'search.firstResultsOnly'; params: { shown: number } }
  | { key: 'search.firstResults' | 'search.firstResultsOfMore'; params: { shown: number; total: number } };

export function searchHeading(shown: number, limit: number, total: MatchCount | null): SearchHeading {
  if (shown < limit) return { key: 'search.resultCount', params: { count: shown } };
  if (total === null) return { key: 'search.firstResultsOnly', params: { shown } };
  if (total.isCapped) return { key: 'search.firstResultsOfMore', params: { shown, total: total.count } };
  if (total.count > shown) return { key: 'search.firstResults', params: { shown, total: total.count } };
  return { key: 'search.resultCount', params: { count: shown } };
}
