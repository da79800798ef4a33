ALTER TABLE `case_requests` ADD `authority_reference` text;--> statement-breakpoint
ALTER TABLE `case_requests` ADD `authority_decided_on` text;