CREATE TABLE "agreement_versions" (
	"agreement_id" text NOT NULL,
	"version" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "agreement_versions_agreement_id_version_pk" PRIMARY KEY("agreement_id","version")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"mentorship_id" text NOT NULL,
	"mentor_id" text NOT NULL,
	"mentee_id" text NOT NULL,
	"title" text NOT NULL,
	"sections" jsonb NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"agreement_id" text NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_events_agreement_id_seq_pk" PRIMARY KEY("agreement_id","seq")
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"name" text PRIMARY KEY NOT NULL,
	"value" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" text PRIMARY KEY NOT NULL,
	"mentorship_id" text NOT NULL,
	"framework" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"milestones" jsonb NOT NULL,
	"due_date" date,
	"progress" real DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"person_id" text NOT NULL,
	"route" text NOT NULL,
	"key" text NOT NULL,
	"body_hash" text NOT NULL,
	"status" integer,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_person_id_route_key_pk" PRIMARY KEY("person_id","route","key")
);
--> statement-breakpoint
CREATE TABLE "mentorships" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"program_type" text NOT NULL,
	"request_id" text,
	"mentor_id" text NOT NULL,
	"mentee_id" text NOT NULL,
	"status" text NOT NULL,
	"agreement_id" text,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"title" text NOT NULL,
	"department" text NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"time_zone" text NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"avatar_url" text,
	"manager_ids" text[] DEFAULT '{}' NOT NULL,
	"budget_owner_id" text,
	"roles" text[] NOT NULL,
	"is_mentor" boolean DEFAULT false NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"interests" text[] DEFAULT '{}' NOT NULL,
	"years_experience" integer DEFAULT 0 NOT NULL,
	"program_types" text[] DEFAULT '{}' NOT NULL,
	"capacity" integer DEFAULT 0 NOT NULL,
	"active_mentees" integer DEFAULT 0 NOT NULL,
	"availability_status" text DEFAULT 'open' NOT NULL,
	"paused_until" date,
	"formats" text[] DEFAULT '{}' NOT NULL,
	"cadence" text DEFAULT 'biweekly' NOT NULL,
	"resp_median_hours" real,
	"resp_answered_share" real,
	"resp_sample_size" integer DEFAULT 0 NOT NULL,
	"utc_offset" real DEFAULT 0 NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"mentee_goals" text[],
	"wanted_skills" text[],
	"mentee_interests" text[],
	"version" integer DEFAULT 1 NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"request_expiry_days" integer DEFAULT 14 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recaps" (
	"id" text PRIMARY KEY NOT NULL,
	"goal_id" text NOT NULL,
	"mentorship_id" text NOT NULL,
	"author_id" text NOT NULL,
	"session_date" date NOT NULL,
	"notes" text NOT NULL,
	"action_items" jsonb NOT NULL,
	"progress" real NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"mentee_id" text NOT NULL,
	"mentor_id" text NOT NULL,
	"status" text NOT NULL,
	"message" text NOT NULL,
	"goals" jsonb NOT NULL,
	"thread" jsonb NOT NULL,
	"decline_reason" text,
	"decline_note" text,
	"mentorship_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"first_answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"agreement_id" text NOT NULL,
	"version" integer NOT NULL,
	"person_id" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"content_hash" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"voided" boolean DEFAULT false NOT NULL,
	CONSTRAINT "signatures_agreement_id_version_person_id_pk" PRIMARY KEY("agreement_id","version","person_id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"author_id" text NOT NULL,
	"answers" jsonb NOT NULL,
	"anonymous" boolean NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"mentorship_id" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"intro" text NOT NULL,
	"anonymous_to_partner" boolean NOT NULL,
	"two_sided" boolean NOT NULL,
	"questions" jsonb NOT NULL,
	"closes_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "goals_mentorship_idx" ON "goals" USING btree ("mentorship_id","created_at");--> statement-breakpoint
CREATE INDEX "mentorships_mentor_idx" ON "mentorships" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "mentorships_mentee_idx" ON "mentorships" USING btree ("mentee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentorships_one_active_per_pair" ON "mentorships" USING btree ("mentor_id","mentee_id") WHERE "mentorships"."status" = 'active';--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search");--> statement-breakpoint
CREATE INDEX "people_skills_idx" ON "people" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "people_languages_idx" ON "people" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "people_program_types_idx" ON "people" USING gin ("program_types");--> statement-breakpoint
CREATE INDEX "people_mentor_name_idx" ON "people" USING btree ("program_id","name","id") WHERE "people"."is_mentor";--> statement-breakpoint
CREATE INDEX "people_mentor_city_idx" ON "people" USING btree ("city") WHERE "people"."is_mentor";--> statement-breakpoint
CREATE INDEX "people_mentor_department_idx" ON "people" USING btree ("department") WHERE "people"."is_mentor";--> statement-breakpoint
CREATE INDEX "people_mentor_resp_idx" ON "people" USING btree ("resp_median_hours","id") WHERE "people"."is_mentor";--> statement-breakpoint
CREATE INDEX "recaps_goal_idx" ON "recaps" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "requests_mentee_idx" ON "requests" USING btree ("mentee_id","created_at");--> statement-breakpoint
CREATE INDEX "requests_mentor_idx" ON "requests" USING btree ("mentor_id","created_at");--> statement-breakpoint
CREATE INDEX "requests_open_expiry_idx" ON "requests" USING btree ("expires_at") WHERE "requests"."status" in ('pending', 'needs-info');--> statement-breakpoint
CREATE UNIQUE INDEX "requests_one_open_per_pair" ON "requests" USING btree ("mentee_id","mentor_id") WHERE "requests"."status" in ('pending', 'needs-info');--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_one_per_author" ON "survey_responses" USING btree ("survey_id","author_id");