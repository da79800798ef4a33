CREATE TABLE `advisor_credentials` (
	`advisor_id` text PRIMARY KEY NOT NULL,
	`password_hash` text NOT NULL,
	`salt` text NOT NULL,
	`params` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `affiliation_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`affiliation_id` text NOT NULL,
	`category` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`is_primo_starter` integer NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`affiliation_id`) REFERENCES `affiliations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `affiliation_periods_affiliation` ON `affiliation_periods` (`affiliation_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`advisor_id` text,
	`device_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`operation` text NOT NULL,
	`fields` text NOT NULL,
	`before` text,
	`after` text,
	`mutation_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_advisor` ON `audit_log` (`advisor_id`,`at`);--> statement-breakpoint
CREATE TABLE `case_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`affiliation_id` text,
	`kind` text NOT NULL,
	`grounds` text NOT NULL,
	`grounds_text` text NOT NULL,
	`quarters` text NOT NULL,
	`year` integer,
	`requested_income_cents` integer,
	`status` text NOT NULL,
	`filed_on` text NOT NULL,
	`decided_on` text,
	`decision_note` text NOT NULL,
	`effect_cents` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`affiliation_id`) REFERENCES `affiliations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_requests_one_owner" CHECK(("case_requests"."person_id" IS NULL) <> ("case_requests"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `case_requests_person` ON `case_requests` (`person_id`);--> statement-breakpoint
CREATE INDEX `case_requests_company` ON `case_requests` (`company_id`);--> statement-breakpoint
CREATE TABLE `contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`affiliation_id` text,
	`year` integer NOT NULL,
	`quarter` integer,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`fee_cents` integer NOT NULL,
	`due_date` text NOT NULL,
	`status` text NOT NULL,
	`structured_communication` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`affiliation_id`) REFERENCES `affiliations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contributions_one_owner" CHECK(("contributions"."person_id" IS NULL) <> ("contributions"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `contributions_person` ON `contributions` (`person_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `contributions_company` ON `contributions` (`company_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `contributions_communication` ON `contributions` (`structured_communication`);--> statement-breakpoint
CREATE TABLE `income_records` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`source` text NOT NULL,
	`received_on` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "income_records_one_owner" CHECK(("income_records"."person_id" IS NULL) <> ("income_records"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `income_records_person` ON `income_records` (`person_id`,`year`);--> statement-breakpoint
CREATE TABLE `intake_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`identifier` text NOT NULL,
	`step` text NOT NULL,
	`forms` text NOT NULL,
	`status` text NOT NULL,
	`advisor_id` text,
	`result_kind` text,
	`result_id` text,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_drafts_open` ON `intake_drafts` (`status`,`identifier`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`advisor_id` text,
	`occurred_at` text NOT NULL,
	`channel` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "interactions_one_owner" CHECK(("interactions"."person_id" IS NULL) <> ("interactions"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `interactions_person` ON `interactions` (`person_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `interactions_company` ON `interactions` (`company_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `letter_queue` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`status` text NOT NULL,
	`payload` text NOT NULL,
	`source_entity` text NOT NULL,
	`source_id` text NOT NULL,
	`issued_at` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "letter_queue_one_owner" CHECK(("letter_queue"."person_id" IS NULL) <> ("letter_queue"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `letter_queue_person` ON `letter_queue` (`person_id`);--> statement-breakpoint
CREATE INDEX `letter_queue_company` ON `letter_queue` (`company_id`);--> statement-breakpoint
CREATE INDEX `letter_queue_status` ON `letter_queue` (`status`);--> statement-breakpoint
CREATE TABLE `mandates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text NOT NULL,
	`company_id` text NOT NULL,
	`role` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`is_jointly_liable` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mandates_person` ON `mandates` (`person_id`);--> statement-breakpoint
CREATE INDEX `mandates_company` ON `mandates` (`company_id`);--> statement-breakpoint
CREATE TABLE `payment_plan_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`status` text NOT NULL,
	`reason` text NOT NULL,
	`advisor_id` text,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payment_plan_events_plan` ON `payment_plan_events` (`plan_id`);--> statement-breakpoint
CREATE TABLE `payment_plan_instalments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`number` integer NOT NULL,
	`kind` text NOT NULL,
	`due_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payment_plan_instalments_plan` ON `payment_plan_instalments` (`plan_id`,`number`);--> statement-breakpoint
CREATE TABLE `payment_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`status` text NOT NULL,
	`contribution_ids` text NOT NULL,
	`terms_kind` text NOT NULL,
	`terms_months` integer,
	`terms_instalment_cents` integer,
	`advance_cents` integer NOT NULL,
	`at_date` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`principal_cents` integer NOT NULL,
	`surcharges_cents` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`signed_on` text,
	`lapsed_on` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_plans_one_owner" CHECK(("payment_plans"."person_id" IS NULL) <> ("payment_plans"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `payment_plans_person` ON `payment_plans` (`person_id`);--> statement-breakpoint
CREATE INDEX `payment_plans_company` ON `payment_plans` (`company_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`structured_communication` text,
	`contribution_id` text,
	`payment_plan_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_one_owner" CHECK(("payments"."person_id" IS NULL) <> ("payments"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `payments_person` ON `payments` (`person_id`,`date`);--> statement-breakpoint
CREATE INDEX `payments_company` ON `payments` (`company_id`,`date`);--> statement-breakpoint
CREATE TABLE `spouse_links` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`helper_person_id` text NOT NULL,
	`assisted_person_id` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	FOREIGN KEY (`helper_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assisted_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "spouse_links_two_people" CHECK("spouse_links"."helper_person_id" <> "spouse_links"."assisted_person_id")
);
--> statement-breakpoint
CREATE INDEX `spouse_links_helper` ON `spouse_links` (`helper_person_id`);--> statement-breakpoint
CREATE INDEX `spouse_links_assisted` ON `spouse_links` (`assisted_person_id`);--> statement-breakpoint
CREATE TABLE `surcharges` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`contribution_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`base_cents` integer NOT NULL,
	`rate_ppm` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`is_waived` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "surcharges_one_owner" CHECK(("surcharges"."person_id" IS NULL) <> ("surcharges"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `surcharges_person` ON `surcharges` (`person_id`);--> statement-breakpoint
CREATE INDEX `surcharges_company` ON `surcharges` (`company_id`);--> statement-breakpoint
CREATE INDEX `surcharges_contribution` ON `surcharges` (`contribution_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`branch_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text NOT NULL,
	`created_by` text,
	`completed_at` text,
	`completed_by` text,
	`source_entity` text,
	`source_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`completed_by`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "tasks_one_owner" CHECK(("tasks"."person_id" IS NULL) <> ("tasks"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `tasks_person` ON `tasks` (`person_id`);--> statement-breakpoint
CREATE INDEX `tasks_company` ON `tasks` (`company_id`);--> statement-breakpoint
CREATE INDEX `tasks_open` ON `tasks` (`status`,`branch_id`,`due_date`);