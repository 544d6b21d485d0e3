ALTER TABLE "agreements" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mentorships" ADD COLUMN "ended_by" text;--> statement-breakpoint
ALTER TABLE "mentorships" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "method" text DEFAULT 'typed' NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "typed_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "drawing" jsonb;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "statement" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "authentication" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "ip_address" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "user_agent" text;