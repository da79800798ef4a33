/**
 * The SQL of the head-office reports, one main query each, over the report projections and the
 * partial indexes of sync_rows (migration 0009_report_projections). Bands and regions are built
 * from shared/domain/reports so head office cuts the figures as the branch dashboard does.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../shared/domain/calendar';
import {
  ageBands,
  bornOnOrBefore,
  debtAgeBuckets,
  dueOnOrBefore,
  regionsByPostalCode,
  type ReportName,
} from '../../shared/domain/reports/report-definitions';

export type ReportQuery = { from: IsoDate; to: IsoDate; branchId: string | undefined };

const branchFilter = (column: SQL, branchId: string | undefined): SQL =>
  branchId === undefined ? sql`` : sql` AND ${column} = ${branchId}`;

function ageBandCase(at: IsoDate): SQL {
  const oldestFirst = [...ageBands].reverse();
  const branches = oldestFirst.map(
    (band) => sql` WHEN birth_date <= ${bornOnOrBefore(at, band.minYears)} THEN ${band.key}`,
  );
  return sql`CASE WHEN owner_kind = 'company' THEN 'n/a' WHEN birth_date IS NULL THEN 'unknown'${sql.join(branches, sql``)} ELSE 'unknown' END`;
}

function regionCase(): SQL {
  const ranges = regionsByPostalCode.map(
    (range) => sql` WHEN postal_code BETWEEN ${String(range.from)} AND ${String(range.to)} THEN ${range.region}`,
  );
  return sql`CASE WHEN postal_code IS NULL THEN 'unknown' WHEN country IS NOT NULL AND country <> 'BE' THEN 'abroad' WHEN postal_code !~ '^[0-9]{4}$' THEN 'unknown'${sql.join(ranges, sql``)} ELSE 'unknown' END`;
}

function debtAgeCase(at: IsoDate): SQL {
  const oldestFirst = [...debtAgeBuckets].reverse();
  const branches = oldestFirst.map(
    (bucket) => sql` WHEN due_date <= ${dueOnOrBefore(at, bucket.minDays)} THEN ${bucket.key}`,
  );
  return sql`CASE${sql.join(branches, sql``)} END`;
}

const quarterOrdinal = (date: IsoDate): number =>
  Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);

/** The main query of each report; every line carries `branch_id` and its figures as numbers or numeric strings. */
export function reportSql(name: ReportName, query: ReportQuery): SQL {
  const { from, to, branchId } = query;
  switch (name) {
    case 'affiliates':
      return sql`SELECT branch_id, category, coalesce(sex, CASE WHEN owner_kind = 'company' THEN 'n/a' ELSE 'unknown' END) AS sex,
          ${ageBandCase(to)} AS age_band, ${regionCase()} AS region, coalesce(language, 'unknown') AS language,
          count(*) AS affiliates
        FROM report_affiliations
        WHERE start_date <= ${to} AND (end_date IS NULL OR end_date >= ${to})${branchFilter(sql`branch_id`, branchId)}
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`;
    case 'starters-cessations':
      return sql`SELECT branch_id, category, sum(starters) AS starters, sum(cessations) AS cessations, sum(category_changes) AS category_changes
        FROM (
          SELECT branch_id, category, 1 AS starters, 0 AS cessations, 0 AS category_changes FROM report_affiliations
            WHERE start_date BETWEEN ${from} AND ${to}${branchFilter(sql`branch_id`, branchId)}
          UNION ALL
          SELECT branch_id, category, 0, 1, 0 FROM report_affiliations
            WHERE end_date IS NOT NULL AND end_date BETWEEN ${from} AND ${to}${branchFilter(sql`branch_id`, branchId)}
          UNION ALL
          SELECT branch_id, coalesce(data->'details'->>'toCategory', 'unknown'), 0, 0, 1 FROM sync_rows
            WHERE entity = 'situationChange' AND data->>'effectiveDate' BETWEEN ${from} AND ${to}
              AND data->>'kind' = 'category' AND data->>'deletedAt' IS NULL${branchFilter(sql`branch_id`, branchId)}
        ) AS events
        GROUP BY 1, 2 ORDER BY 1, 2`;
    case 'contributions':
      return sql`SELECT branch_id, year, quarter, kind,
          count(*) AS contributions,
          coalesce(sum(amount_cents + fee_cents) FILTER (WHERE status = 'open'), 0) AS due_cents,
          coalesce(sum(paid_cents), 0) AS collected_cents,
          coalesce(sum(amount_cents + fee_cents) FILTER (WHERE status = 'exempted'), 0) AS exempted_cents
        FROM report_contributions
        WHERE year BETWEEN ${Number(from.slice(0, 4))} AND ${Number(to.slice(0, 4))}
          AND year * 4 + coalesce(quarter, 1) - 1 BETWEEN ${quarterOrdinal(from)} AND ${quarterOrdinal(to)}
          AND status <> 'cancelled'${branchFilter(sql`branch_id`, branchId)}
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
    case 'debts':
      return sql`SELECT branch_id, ${debtAgeCase(to)} AS age_bucket, recovery_step,
          count(*) AS debts, count(DISTINCT owner_id) AS case_files,
          sum(amount_cents + fee_cents - paid_cents) AS outstanding_cents
        FROM report_contributions
        WHERE status = 'open' AND paid_cents < amount_cents + fee_cents AND due_date < ${to}${branchFilter(sql`branch_id`, branchId)}
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    case 'debtors':
      return sql`SELECT debt.branch_id, owner.entity AS case_file_kind, debt.owner_id AS case_file_id,
          coalesce(owner.data->>'niss', owner.data->>'enterpriseNumber') AS identifier,
          coalesce(owner.data->>'name', concat_ws(' ', owner.data->>'lastName', owner.data->>'firstName')) AS name,
          min(debt.due_date) AS oldest_due_date, count(*) AS debts,
          sum(debt.amount_cents + debt.fee_cents - debt.paid_cents) AS outstanding_cents
        FROM report_contributions AS debt
        LEFT JOIN sync_rows AS owner ON owner.entity IN ('person', 'company') AND owner.id = debt.owner_id
        WHERE debt.status = 'open' AND debt.paid_cents < debt.amount_cents + debt.fee_cents
          AND debt.due_date < ${to}${branchFilter(sql`debt.branch_id`, branchId)}
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 3`;
    case 'recovery':
      return sql`SELECT branch_id, instrument, kind, status, count(*) AS files, sum(amount_cents) AS amount_cents
        FROM (
          SELECT branch_id, 'judicial-file' AS instrument, coalesce(data->>'kind', 'unknown') AS kind,
              CASE WHEN data->>'status' = 'closed' THEN 'closed-' || coalesce(data->>'closure', 'unknown') ELSE coalesce(data->>'status', 'unknown') END AS status,
              coalesce(report_int(data->>'claimedCents'), 0) AS amount_cents
            FROM sync_rows
            WHERE entity = 'judicialFile' AND data->>'handedOverOn' BETWEEN ${from} AND ${to}
              AND data->>'deletedAt' IS NULL${branchFilter(sql`branch_id`, branchId)}
          UNION ALL
          SELECT branch_id, 'payment-plan', coalesce(data->>'termsKind', 'unknown'), coalesce(data->>'status', 'unknown'),
              coalesce(report_int(data->>'totalCents'), 0)
            FROM sync_rows
            WHERE entity = 'paymentPlan' AND data->>'startDate' BETWEEN ${from} AND ${to}
              AND data->>'deletedAt' IS NULL${branchFilter(sql`branch_id`, branchId)}
        ) AS files
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
    case 'requests':
      return sql`SELECT branch_id, coalesce(data->>'kind', 'unknown') AS kind, coalesce(data->>'status', 'unknown') AS status,
          count(*) AS requests,
          coalesce(sum(coalesce(report_int(data->>'effectCents'), 0)) FILTER (WHERE data->>'status' = 'granted'), 0) AS effect_cents
        FROM sync_rows
        WHERE entity = 'request' AND data->>'filedOn' BETWEEN ${from} AND ${to}
          AND data->>'deletedAt' IS NULL${branchFilter(sql`branch_id`, branchId)}
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  }
}
