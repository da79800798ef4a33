ALTER TABLE "conflicts" ADD COLUMN "kind" text DEFAULT 'field' NOT NULL;--> statement-breakpoint
ALTER TABLE "sync_rows" ADD COLUMN "natural_key" text;--> statement-breakpoint
CREATE INDEX "sync_rows_natural_key" ON "sync_rows" USING btree ("natural_key");--> statement-breakpoint
UPDATE "sync_rows" SET "natural_key" = 'person:' || ("data"->>'niss') WHERE "entity" = 'person' AND coalesce("data"->>'niss', '') <> '';--> statement-breakpoint
UPDATE "sync_rows" SET "natural_key" = 'company:' || ("data"->>'enterpriseNumber') WHERE "entity" = 'company' AND coalesce("data"->>'enterpriseNumber', '') <> '';
