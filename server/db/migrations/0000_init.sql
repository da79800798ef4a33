CREATE SEQUENCE "public"."sync_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "assignments" (
	"device_id" text NOT NULL,
	"root_id" text NOT NULL,
	CONSTRAINT "assignments_device_id_root_id_pk" PRIMARY KEY("device_id","root_id")
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" text PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"root_id" text,
	"branch_id" text,
	"field" text NOT NULL,
	"server_value" jsonb,
	"losing_value" jsonb,
	"losing_device_id" text NOT NULL,
	"losing_mutation_id" text NOT NULL,
	"losing_advisor_id" text,
	"is_open" boolean NOT NULL,
	"resolved_value" jsonb,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"resolution_mutation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" text PRIMARY KEY NOT NULL,
	"branch_id" text NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "enrolment_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"branch_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by_device" text
);
--> statement-breakpoint
CREATE TABLE "evictions" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"branch_id" text,
	"device_id" text,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mutations" (
	"device_id" text NOT NULL,
	"mutation_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"operation" text NOT NULL,
	"advisor_id" text,
	"hlc" text NOT NULL,
	"status" text NOT NULL,
	"applied_fields" jsonb NOT NULL,
	"conflict_ids" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mutations_device_id_mutation_id_pk" PRIMARY KEY("device_id","mutation_id")
);
--> statement-breakpoint
CREATE TABLE "sync_rows" (
	"entity" text NOT NULL,
	"id" text NOT NULL,
	"root_id" text,
	"branch_id" text,
	"data" jsonb NOT NULL,
	"field_meta" jsonb NOT NULL,
	"row_version" integer NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "sync_rows_entity_id_pk" PRIMARY KEY("entity","id")
);
--> statement-breakpoint
CREATE INDEX "assignments_root" ON "assignments" USING btree ("root_id");--> statement-breakpoint
CREATE INDEX "conflicts_branch_seq" ON "conflicts" USING btree ("branch_id","seq");--> statement-breakpoint
CREATE INDEX "conflicts_root" ON "conflicts" USING btree ("root_id");--> statement-breakpoint
CREATE INDEX "evictions_branch_seq" ON "evictions" USING btree ("branch_id","seq");--> statement-breakpoint
CREATE INDEX "mutations_entity" ON "mutations" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "sync_rows_branch_seq" ON "sync_rows" USING btree ("branch_id","seq");--> statement-breakpoint
CREATE INDEX "sync_rows_root" ON "sync_rows" USING btree ("root_id");--> statement-breakpoint
CREATE INDEX "sync_rows_seq" ON "sync_rows" USING btree ("seq");