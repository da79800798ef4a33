CREATE TABLE `situation_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`affiliation_id` text,
	`kind` text NOT NULL,
	`effective_date` text NOT NULL,
	`reason` text,
	`details` text NOT NULL,
	`difference_cents` integer NOT NULL,
	`advisor_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`affiliation_id`) REFERENCES `affiliations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "situation_changes_one_owner" CHECK(("situation_changes"."person_id" IS NULL) <> ("situation_changes"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `situation_changes_person` ON `situation_changes` (`person_id`,`effective_date`);--> statement-breakpoint
CREATE INDEX `situation_changes_company` ON `situation_changes` (`company_id`,`effective_date`);