ALTER TABLE "programs" ADD COLUMN "goals_need_mentor_confirmation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "confirmation" jsonb;
