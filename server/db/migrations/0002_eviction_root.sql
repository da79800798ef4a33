ALTER TABLE "evictions" ADD COLUMN "root_id" text;--> statement-breakpoint
-- Evictions already written name their case file through the row they drop (which head office keeps).
UPDATE "evictions" AS "e" SET "root_id" = "r"."root_id" FROM "sync_rows" AS "r" WHERE "r"."entity" = "e"."entity" AND "r"."id" = "e"."entity_id";
