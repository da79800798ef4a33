CREATE TABLE "report_affiliations" (
	"id" text PRIMARY KEY NOT NULL,
	"branch_id" text,
	"owner_id" text NOT NULL,
	"owner_kind" text NOT NULL,
	"category" text NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text,
	"sex" text,
	"birth_date" text,
	"language" text,
	"postal_code" text,
	"country" text
);
--> statement-breakpoint
CREATE TABLE "report_contributions" (
	"id" text PRIMARY KEY NOT NULL,
	"branch_id" text,
	"owner_id" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"fee_cents" bigint NOT NULL,
	"due_date" text NOT NULL,
	"status" text NOT NULL,
	"paid_cents" bigint NOT NULL,
	"recovery_step" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "report_affiliations_owner" ON "report_affiliations" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "report_affiliations_start" ON "report_affiliations" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "report_affiliations_end" ON "report_affiliations" USING btree ("end_date") WHERE "report_affiliations"."end_date" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "report_contributions_owner" ON "report_contributions" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "report_contributions_quarter" ON "report_contributions" USING btree ("year","quarter");--> statement-breakpoint
CREATE INDEX "report_contributions_open_debt" ON "report_contributions" USING btree ("due_date") WHERE "report_contributions"."status" = 'open' AND "report_contributions"."paid_cents" < "report_contributions"."amount_cents" + "report_contributions"."fee_cents";--> statement-breakpoint
CREATE INDEX "sync_rows_root_entity" ON "sync_rows" USING btree ("root_id","entity");--> statement-breakpoint
CREATE INDEX "sync_rows_request_filed" ON "sync_rows" USING btree (("data"->>'filedOn')) WHERE "sync_rows"."entity" = 'request';--> statement-breakpoint
CREATE INDEX "sync_rows_judicial_handed_over" ON "sync_rows" USING btree (("data"->>'handedOverOn')) WHERE "sync_rows"."entity" = 'judicialFile';--> statement-breakpoint
CREATE INDEX "sync_rows_plan_start" ON "sync_rows" USING btree (("data"->>'startDate')) WHERE "sync_rows"."entity" = 'paymentPlan';--> statement-breakpoint
CREATE INDEX "sync_rows_situation_effective" ON "sync_rows" USING btree (("data"->>'effectiveDate')) WHERE "sync_rows"."entity" = 'situationChange';--> statement-breakpoint
-- A whole number of at most 15 digits, or null: a malformed value in a synced row must never stop a push.
CREATE FUNCTION "report_int"(value text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN value ~ '^-?[0-9]{1,15}$' THEN value::bigint END
$$;
--> statement-breakpoint
-- What report_affiliations holds, from sync_rows: the one definition the trigger and the rebuild both use.
CREATE VIEW "report_affiliation_source" AS
SELECT a.id, a.branch_id, a.root_id AS owner_id,
  CASE WHEN a.data->>'personId' IS NOT NULL THEN 'person' ELSE 'company' END AS owner_kind,
  a.data->>'category' AS category, a.data->>'startDate' AS start_date, a.data->>'endDate' AS end_date,
  o.data->>'sex' AS sex, o.data->>'birthDate' AS birth_date, o.data->>'language' AS language,
  ad.data->>'postalCode' AS postal_code, ad.data->>'country' AS country
FROM sync_rows a
LEFT JOIN sync_rows o
  ON o.entity = CASE WHEN a.data->>'personId' IS NOT NULL THEN 'person' ELSE 'company' END AND o.id = a.root_id
LEFT JOIN LATERAL (
  SELECT x.data FROM sync_rows x
  WHERE x.root_id = a.root_id AND x.entity = 'address' AND x.data->>'deletedAt' IS NULL
  ORDER BY x.data->>'validFrom' DESC, x.id DESC LIMIT 1
) ad ON true
WHERE a.entity = 'affiliation' AND a.root_id IS NOT NULL AND a.data->>'deletedAt' IS NULL
  AND a.data->>'category' IS NOT NULL AND a.data->>'startDate' IS NOT NULL;
--> statement-breakpoint
-- What report_contributions holds: paid from the allocated payments, the step from open judicial files and active plans.
CREATE VIEW "report_contribution_source" AS
SELECT c.id, c.branch_id, c.root_id AS owner_id,
  (c.data->>'year')::integer AS year,
  CASE WHEN c.data->>'quarter' ~ '^[1-4]$' THEN (c.data->>'quarter')::integer END AS quarter,
  c.data->>'kind' AS kind,
  coalesce(report_int(c.data->>'amountCents'), 0) AS amount_cents,
  coalesce(report_int(c.data->>'feeCents'), 0) AS fee_cents,
  c.data->>'dueDate' AS due_date, c.data->>'status' AS status,
  coalesce((
    SELECT sum(coalesce(report_int(p.data->>'amountCents'), 0)) FROM sync_rows p
    WHERE p.entity = 'payment' AND p.data->>'contributionId' = c.id AND p.data->>'deletedAt' IS NULL
  ), 0)::bigint AS paid_cents,
  CASE
    WHEN EXISTS (
      SELECT 1 FROM sync_rows j
      WHERE j.root_id = c.root_id AND j.entity = 'judicialFile' AND j.data->>'status' = 'open'
        AND j.data->>'deletedAt' IS NULL AND j.data->'contributionIds' ? c.id
    ) THEN 'judicial'
    WHEN EXISTS (
      SELECT 1 FROM sync_rows q
      WHERE q.root_id = c.root_id AND q.entity = 'paymentPlan' AND q.data->>'status' = 'active'
        AND q.data->>'deletedAt' IS NULL AND q.data->'contributionIds' ? c.id
    ) THEN 'payment-plan'
    ELSE 'amicable'
  END AS recovery_step
FROM sync_rows c
WHERE c.entity = 'contribution' AND c.root_id IS NOT NULL AND c.data->>'deletedAt' IS NULL
  AND c.data->>'year' ~ '^[0-9]{4}$' AND c.data->>'kind' IS NOT NULL
  AND c.data->>'dueDate' IS NOT NULL AND c.data->>'status' IS NOT NULL;
--> statement-breakpoint
CREATE FUNCTION "report_refresh_owner"(owner text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF owner IS NULL THEN RETURN; END IF;
  DELETE FROM report_affiliations WHERE owner_id = owner;
  INSERT INTO report_affiliations SELECT * FROM report_affiliation_source WHERE owner_id = owner;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "report_refresh_contribution"(contribution text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF contribution IS NULL THEN RETURN; END IF;
  DELETE FROM report_contributions WHERE id = contribution;
  INSERT INTO report_contributions SELECT * FROM report_contribution_source WHERE id = contribution;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "report_contribution_ids"(data jsonb) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(data->'contributionIds') = 'array' THEN data->'contributionIds' ELSE '[]'::jsonb END)
$$;
--> statement-breakpoint
-- Every write to sync_rows (a push, a statement import, a case file moving branch) refreshes the
-- projection lines it touches in the same transaction: the reports never read a stale figure.
CREATE FUNCTION "report_project"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entity_name text := CASE WHEN TG_OP = 'DELETE' THEN OLD.entity ELSE NEW.entity END;
  contribution text;
BEGIN
  IF entity_name IN ('affiliation', 'person', 'company', 'address') THEN
    IF TG_OP <> 'INSERT' THEN PERFORM report_refresh_owner(OLD.root_id); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.root_id IS DISTINCT FROM OLD.root_id) THEN
      PERFORM report_refresh_owner(NEW.root_id);
    END IF;
  ELSIF entity_name = 'contribution' THEN
    PERFORM report_refresh_contribution(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  ELSIF entity_name = 'payment' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM report_refresh_contribution(OLD.data->>'contributionId'); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.data->>'contributionId' IS DISTINCT FROM OLD.data->>'contributionId') THEN
      PERFORM report_refresh_contribution(NEW.data->>'contributionId');
    END IF;
  ELSIF entity_name IN ('paymentPlan', 'judicialFile') THEN
    FOR contribution IN
      SELECT report_contribution_ids(OLD.data) WHERE TG_OP <> 'INSERT'
      UNION SELECT report_contribution_ids(NEW.data) WHERE TG_OP <> 'DELETE'
    LOOP
      PERFORM report_refresh_contribution(contribution);
    END LOOP;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "report_project" AFTER INSERT OR UPDATE OR DELETE ON "sync_rows"
  FOR EACH ROW EXECUTE FUNCTION "report_project"();
--> statement-breakpoint
-- Rebuilds both projections from sync_rows in set statements: the backfill below, and a head office
-- whose rows were loaded without the trigger (a restore, the report bench's seed).
CREATE FUNCTION "report_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE report_affiliations, report_contributions;
  INSERT INTO report_affiliations SELECT * FROM report_affiliation_source;
  INSERT INTO report_contributions SELECT * FROM report_contribution_source;
END;
$$;
--> statement-breakpoint
SELECT report_rebuild();
