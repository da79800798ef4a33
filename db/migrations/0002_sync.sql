CREATE TABLE `sync_conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field` text NOT NULL,
	`server_value` text,
	`losing_value` text,
	`losing_mutation_id` text NOT NULL,
	`losing_advisor_id` text,
	`status` text NOT NULL,
	`resolved_value` text,
	`resolved_by` text,
	`resolved_at` text,
	`created_at` text NOT NULL,
	`seq` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_outbox_base` (
	`outbox_seq` integer PRIMARY KEY NOT NULL,
	`base` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_rejections` (
	`outbox_seq` integer PRIMARY KEY NOT NULL,
	`mutation_id` text NOT NULL,
	`code` text NOT NULL,
	`rejected_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_row_state` (
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field_seqs` text NOT NULL,
	PRIMARY KEY(`entity`, `entity_id`)
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
-- Records, in the same transaction as the write, which server version of each field its author had
-- seen: the outbox is written by the repositories, and this keeps them unaware of sync.
CREATE TRIGGER `outbox_capture_base` AFTER INSERT ON `outbox` BEGIN
  INSERT INTO `sync_outbox_base` (`outbox_seq`, `base`)
  VALUES (NEW.`seq`, coalesce((SELECT `field_seqs` FROM `sync_row_state` WHERE `entity` = NEW.`entity` AND `entity_id` = NEW.`entity_id`), '{}'));
END;
