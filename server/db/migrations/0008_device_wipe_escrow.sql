ALTER TABLE "devices" ADD COLUMN "wipe_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "wipe_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "escrowed_key" text;--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "escrow_key_id" text;--> statement-breakpoint
ALTER TABLE "devices" ADD COLUMN "key_escrowed_at" timestamp with time zone;