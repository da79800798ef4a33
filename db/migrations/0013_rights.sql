CREATE TABLE `life_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`event_date` text NOT NULL,
	`origin` text NOT NULL,
	`source` text NOT NULL,
	`cessation_ground` text,
	`is_stillbirth` integer NOT NULL,
	`has_family_charge` integer,
	`advisor_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `life_events_person` ON `life_events` (`person_id`,`event_date`);--> statement-breakpoint
CREATE TABLE `right_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text NOT NULL,
	`right` text NOT NULL,
	`event_id` text,
	`status` text NOT NULL,
	`filed_on` text NOT NULL,
	`decided_on` text,
	`motivation` text NOT NULL,
	`monthly_cents` integer NOT NULL,
	`months` integer NOT NULL,
	`advisor_id` text,
	`decided_by` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `life_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`advisor_id`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `advisors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `right_applications_person` ON `right_applications` (`person_id`);--> statement-breakpoint
CREATE INDEX `right_applications_event` ON `right_applications` (`event_id`);