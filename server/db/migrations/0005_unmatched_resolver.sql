ALTER TABLE "statement_movements" ADD COLUMN "resolved_by_advisor" text;--> statement-breakpoint
ALTER TABLE "statement_movements" ADD COLUMN "resolved_by_device" text;--> statement-breakpoint
ALTER TABLE "statement_movements" ADD COLUMN "case_file_id" text;