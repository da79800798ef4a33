ALTER TABLE `sync_conflicts` ADD `kind` text DEFAULT 'field' NOT NULL;--> statement-breakpoint
-- Duplicate conflicts pulled before this column: head office's value names the other row.
UPDATE `sync_conflicts` SET `kind` = 'duplicate-key' WHERE json_valid(`server_value`) AND json_type(`server_value`, '$.duplicateOf') = 'object';
