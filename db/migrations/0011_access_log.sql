CREATE TABLE `access_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`at` text NOT NULL,
	`advisor_id` text,
	`device_id` text NOT NULL,
	`person_id` text,
	`company_id` text,
	`action` text NOT NULL,
	`source` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `access_log_person` ON `access_log` (`person_id`,`at`) WHERE "access_log"."person_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `access_log_company` ON `access_log` (`company_id`,`at`) WHERE "access_log"."company_id" IS NOT NULL;--> statement-breakpoint
-- Who read a case file is evidence: nothing of the app may rewrite it, nor erase an entry head office
-- does not hold yet. Once head office acknowledged it (sync_state 'accessLogPushedSeq'), the device's
-- copy may leave like any acknowledged trace (storage limitation).
CREATE TRIGGER `access_log_no_update` BEFORE UPDATE ON `access_log` BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `access_log_no_delete` BEFORE DELETE ON `access_log`
WHEN OLD.`seq` > coalesce((SELECT CAST(`value` AS INTEGER) FROM `sync_state` WHERE `key` = 'accessLogPushedSeq'), 0)
BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only until head office holds it');
END;
