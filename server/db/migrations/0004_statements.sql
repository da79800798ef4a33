CREATE TABLE "imported_statements" (
	"account_iban" text NOT NULL,
	"statement_number" text NOT NULL,
	"opening_date" text NOT NULL,
	"closing_date" text NOT NULL,
	"closing_cents" bigint NOT NULL,
	"file_id" text NOT NULL,
	CONSTRAINT "imported_statements_account_iban_statement_number_opening_date_pk" PRIMARY KEY("account_iban","statement_number","opening_date")
);
--> statement-breakpoint
CREATE TABLE "statement_files" (
	"id" text PRIMARY KEY NOT NULL,
	"file_hash" text NOT NULL,
	"format" text NOT NULL,
	"statement_count" integer NOT NULL,
	"movement_count" integer NOT NULL,
	"matched_count" integer NOT NULL,
	"unmatched_count" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_files_file_hash_unique" UNIQUE("file_hash")
);
--> statement-breakpoint
CREATE TABLE "statement_movements" (
	"id" text PRIMARY KEY NOT NULL,
	"file_id" text NOT NULL,
	"account_iban" text NOT NULL,
	"statement_number" text NOT NULL,
	"line" integer NOT NULL,
	"bank_reference" text NOT NULL,
	"sign" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"value_date" text NOT NULL,
	"structured_communication" text,
	"free_communication" text,
	"payer_iban" text,
	"payer_name" text,
	"payer_bic" text,
	"outcome" text NOT NULL,
	"reason" text,
	"contribution_id" text,
	"payment_id" text,
	"status" text NOT NULL,
	"note" text,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "imported_statements" ADD CONSTRAINT "imported_statements_file_id_statement_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."statement_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_movements" ADD CONSTRAINT "statement_movements_file_id_statement_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."statement_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_movements_queue" ON "statement_movements" USING btree ("outcome","status");--> statement-breakpoint
CREATE INDEX "statement_movements_file" ON "statement_movements" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "sync_rows_contribution_reference" ON "sync_rows" USING btree (("data"->>'structuredCommunication')) WHERE "sync_rows"."entity" = 'contribution';--> statement-breakpoint
CREATE INDEX "sync_rows_payment_contribution" ON "sync_rows" USING btree (("data"->>'contributionId')) WHERE "sync_rows"."entity" = 'payment';