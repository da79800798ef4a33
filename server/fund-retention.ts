/**
 * The fund's retention periods as head office's operator sets them: `GUICHET_FUND_RETENTION` holds a
 * JSON object with any of `acknowledgedKeepDays`, `letterPdfKeepDays`, `deviceAuditKeepDays` (whole
 * days); a period not named keeps its default. Devices receive them with every pull. A value that is
 * not a whole number of days from 0 to 3650 stops the start with the reason, rather than serving a
 * rule nobody set.
 */
import { DEFAULT_FUND_RETENTION, fundRetentionSchema, type FundRetention } from '../shared/contract/sync-protocol';

export function fundRetentionFrom(text: string | undefined): FundRetention {
  if (text === undefined || text.trim() === '') return DEFAULT_FUND_RETENTION;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('GUICHET_FUND_RETENTION is not JSON');
  }
  const result = fundRetentionSchema
    .strict()
    .safeParse({ ...DEFAULT_FUND_RETENTION, ...(typeof parsed === 'object' && parsed !== null ? parsed : {}) });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !result.success)
    throw new Error(
      'GUICHET_FUND_RETENTION must be an object of whole days from 0 to 3650: acknowledgedKeepDays, letterPdfKeepDays, deviceAuditKeepDays',
    );
  return result.data;
}
