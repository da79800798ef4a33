ALTER TABLE "mutations" ADD COLUMN "audit_before" jsonb;--> statement-breakpoint
ALTER TABLE "mutations" ADD COLUMN "audit_after" jsonb;