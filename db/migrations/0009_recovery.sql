CREATE TABLE `judicial_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`file_id` text NOT NULL,
	`occurred_on` text NOT NULL,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`note` text NOT NULL,
	`advisor_id` text,
	FOREIGN KEY (`file_id`) REFERENCES `judicial_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `judicial_events_file` ON `judicial_events` (`file_id`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `judicial_files` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`kind` text NOT NULL,
	`agent_kind` text NOT NULL,
	`agent_name` text NOT NULL,
	`handed_over_on` text NOT NULL,
	`claimed_cents` integer NOT NULL,
	`contribution_ids` text NOT NULL,
	`status` text NOT NULL,
	`judgement_on` text,
	`closed_on` text,
	`closure` text,
	`advisor_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "judicial_files_one_owner" CHECK(("judicial_files"."person_id" IS NULL) <> ("judicial_files"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `judicial_files_person` ON `judicial_files` (`person_id`,`status`);--> statement-breakpoint
CREATE INDEX `judicial_files_company` ON `judicial_files` (`company_id`,`status`);--> statement-breakpoint
ALTER TABLE `tasks` ADD `outcome` text;