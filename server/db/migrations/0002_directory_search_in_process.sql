DROP TABLE "counters" CASCADE;--> statement-breakpoint
DROP INDEX "people_search_idx";--> statement-breakpoint
DROP INDEX "people_skills_idx";--> statement-breakpoint
DROP INDEX "people_languages_idx";--> statement-breakpoint
DROP INDEX "people_program_types_idx";--> statement-breakpoint
DROP INDEX "people_mentor_name_idx";--> statement-breakpoint
DROP INDEX "people_mentor_city_idx";--> statement-breakpoint
DROP INDEX "people_mentor_department_idx";--> statement-breakpoint
DROP INDEX "people_mentor_resp_idx";--> statement-breakpoint
CREATE INDEX "people_program_mentor_idx" ON "people" USING btree ("program_id","is_mentor");--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "utc_offset";--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "search_text";