CREATE TABLE `case_file_advisors` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`advisor_id` text NOT NULL,
	`assigned_by` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_file_advisors_one_owner" CHECK(("case_file_advisors"."person_id" IS NULL) <> ("case_file_advisors"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `case_file_advisors_person` ON `case_file_advisors` (`person_id`);--> statement-breakpoint
CREATE INDEX `case_file_advisors_company` ON `case_file_advisors` (`company_id`);--> statement-breakpoint
CREATE INDEX `case_file_advisors_advisor` ON `case_file_advisors` (`advisor_id`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`branch_id` text,
	`subject` text NOT NULL,
	`details` text NOT NULL,
	`received_on` text NOT NULL,
	`answer_due_on` text NOT NULL,
	`status` text NOT NULL,
	`answer` text,
	`answered_on` text,
	`registered_by` text,
	`answered_by` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "complaints_one_owner" CHECK(("complaints"."person_id" IS NULL) <> ("complaints"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `complaints_person` ON `complaints` (`person_id`);--> statement-breakpoint
CREATE INDEX `complaints_company` ON `complaints` (`company_id`);--> statement-breakpoint
CREATE INDEX `complaints_open` ON `complaints` (`status`,`branch_id`,`answer_due_on`);--> statement-breakpoint
ALTER TABLE `tasks` ADD `assignee_id` text REFERENCES advisors(id);--> statement-breakpoint
ALTER TABLE `tasks` ADD `completion_note` text;