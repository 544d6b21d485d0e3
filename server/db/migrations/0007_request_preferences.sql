ALTER TABLE "programs" ADD COLUMN "max_active_mentorships_per_mentee" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "mentor_capacity_max" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "expectations" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "cadence" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "format" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "duration_weeks" integer;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "withdrawn_reason" text;