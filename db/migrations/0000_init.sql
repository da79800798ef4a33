CREATE TABLE `addresses` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`street` text NOT NULL,
	`house_number` text NOT NULL,
	`box` text,
	`postal_code` text NOT NULL,
	`municipality` text NOT NULL,
	`country` text NOT NULL,
	`valid_from` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "addresses_one_owner" CHECK(("addresses"."person_id" IS NULL) <> ("addresses"."company_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `addresses_person` ON `addresses` (`person_id`);--> statement-breakpoint
CREATE INDEX `addresses_company` ON `addresses` (`company_id`);--> statement-breakpoint
CREATE TABLE `advisors` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`branch_id` text NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advisors_username_unique` ON `advisors` (`username`);--> statement-breakpoint
CREATE TABLE `affiliations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`person_id` text,
	`company_id` text,
	`category` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`branch_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "affiliations_one_owner" CHECK(("affiliations"."person_id" IS NULL) <> ("affiliations"."company_id" IS NULL)),
	CONSTRAINT "affiliations_dates" CHECK("affiliations"."end_date" IS NULL OR "affiliations"."end_date" >= "affiliations"."start_date")
);
--> statement-breakpoint
CREATE INDEX `affiliations_person` ON `affiliations` (`person_id`);--> statement-breakpoint
CREATE INDEX `affiliations_company` ON `affiliations` (`company_id`);--> statement-breakpoint
CREATE TABLE `branches` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`postal_code` text NOT NULL,
	`municipality` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `branches_code_unique` ON `branches` (`code`);--> statement-breakpoint
CREATE TABLE `companies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`enterprise_number` text NOT NULL,
	`name` text NOT NULL,
	`legal_form` text NOT NULL,
	`balance_sheet_class` text NOT NULL,
	`language` text NOT NULL,
	`branch_id` text,
	`search_key` text NOT NULL,
	`compact_key` text NOT NULL,
	`search_rowid` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `companies_enterprise_number_unique` ON `companies` (`enterprise_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `companies_search_rowid_unique` ON `companies` (`search_rowid`);--> statement-breakpoint
CREATE INDEX `companies_search_key` ON `companies` (`search_key`);--> statement-breakpoint
CREATE INDEX `companies_compact_key` ON `companies` (`compact_key`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mutation_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`operation` text NOT NULL,
	`row_version` integer NOT NULL,
	`changed_fields` text NOT NULL,
	`payload` text NOT NULL,
	`hlc` text NOT NULL,
	`advisor_id` text,
	`created_at` text NOT NULL,
	`pushed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_mutation_unique` ON `outbox` (`mutation_id`);--> statement-breakpoint
CREATE INDEX `outbox_pending` ON `outbox` (`pushed_at`,`seq`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	`niss` text NOT NULL,
	`last_name` text NOT NULL,
	`first_name` text NOT NULL,
	`birth_date` text,
	`sex` text,
	`language` text NOT NULL,
	`email` text,
	`phone` text,
	`iban` text,
	`branch_id` text,
	`search_key` text NOT NULL,
	`compact_key` text NOT NULL,
	`search_rowid` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_niss_unique` ON `persons` (`niss`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_search_rowid_unique` ON `persons` (`search_rowid`);--> statement-breakpoint
CREATE INDEX `persons_search_key` ON `persons` (`search_key`);--> statement-breakpoint
CREATE INDEX `persons_compact_key` ON `persons` (`compact_key`);--> statement-breakpoint
CREATE INDEX `persons_branch` ON `persons` (`branch_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
