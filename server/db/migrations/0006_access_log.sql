CREATE TABLE "access_log" (
	"id" text PRIMARY KEY NOT NULL,
	"device_id" text NOT NULL,
	"advisor_id" text,
	"at" timestamp with time zone NOT NULL,
	"person_id" text,
	"company_id" text,
	"action" text NOT NULL,
	"source" text,
	"detail" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_log_person" ON "access_log" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "access_log_company" ON "access_log" USING btree ("company_id","at");--> statement-breakpoint
-- Who read a case file is evidence: head office keeps every entry as it arrived.
CREATE FUNCTION "access_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "access_log_append_only" BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();
