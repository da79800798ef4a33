CREATE TABLE `issued_letters` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`case_reference` text NOT NULL,
	`language` text NOT NULL,
	`input` text NOT NULL,
	`pdf_sha256` text NOT NULL,
	`pdf_file` text NOT NULL,
	`batch_id` text,
	`first_page` integer NOT NULL,
	`last_page` integer NOT NULL,
	`advisor_name` text NOT NULL,
	`issued_at` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `letter_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `issued_letters_case` ON `issued_letters` (`case_reference`,`issued_at`);--> statement-breakpoint
CREATE INDEX `issued_letters_batch` ON `issued_letters` (`batch_id`);--> statement-breakpoint
CREATE TABLE `letter_batch_chunks` (
	`batch_id` text NOT NULL,
	`chunk_index` integer NOT NULL,
	`status` text NOT NULL,
	`file` text,
	`sha256` text,
	`page_count` integer,
	PRIMARY KEY(`batch_id`, `chunk_index`),
	FOREIGN KEY (`batch_id`) REFERENCES `letter_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `letter_batch_items` (
	`batch_id` text NOT NULL,
	`position` integer NOT NULL,
	`chunk_index` integer NOT NULL,
	`case_reference` text NOT NULL,
	`language` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`input` text NOT NULL,
	`first_page` integer,
	`page_count` integer,
	PRIMARY KEY(`batch_id`, `position`),
	FOREIGN KEY (`batch_id`) REFERENCES `letter_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `letter_batch_items_chunk` ON `letter_batch_items` (`batch_id`,`chunk_index`);--> statement-breakpoint
CREATE TABLE `letter_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`criteria` text NOT NULL,
	`status` text NOT NULL,
	`letter_count` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`chunk_size` integer NOT NULL,
	`output_dir` text NOT NULL,
	`pdf_file` text,
	`pdf_sha256` text,
	`manifest_file` text,
	`advisor_name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`completed_at` text
);
