DROP INDEX `persons_branch`;--> statement-breakpoint
DROP INDEX `persons_search_rowid_keys`;--> statement-breakpoint
ALTER TABLE `persons` ADD `first_name_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `persons_branch_search_key` ON `persons` (`branch_id`,`search_key`);--> statement-breakpoint
CREATE INDEX `persons_branch_compact_key` ON `persons` (`branch_id`,`compact_key`);--> statement-breakpoint
CREATE INDEX `persons_branch_niss` ON `persons` (`branch_id`,`niss`);--> statement-breakpoint
CREATE INDEX `persons_first_name_key` ON `persons` (`first_name_key`);--> statement-breakpoint
CREATE INDEX `persons_branch_first_name_key` ON `persons` (`branch_id`,`first_name_key`);--> statement-breakpoint
CREATE INDEX `persons_search_rowid_keys` ON `persons` (`search_rowid`,`search_key`,`id`,`deleted_at`,`branch_id`);--> statement-breakpoint
DROP INDEX `addresses_person`;--> statement-breakpoint
DROP INDEX `addresses_company`;--> statement-breakpoint
CREATE INDEX `addresses_person` ON `addresses` (`person_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `addresses_company` ON `addresses` (`company_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `companies_branch_search_key` ON `companies` (`branch_id`,`search_key`);--> statement-breakpoint
CREATE INDEX `companies_branch_enterprise_number` ON `companies` (`branch_id`,`enterprise_number`);