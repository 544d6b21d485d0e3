-- Goal tracker: framework prompts, key results, order and archive on goals; recaps cover a
-- whole session (progress per goal) and their action items carry an id of their recap and a
-- version, so they can be ticked off on their own.
ALTER TABLE "goals" ADD COLUMN "criteria" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "key_results" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
UPDATE "goals" g SET "position" = o.position FROM (
  SELECT id, row_number() OVER (PARTITION BY mentorship_id ORDER BY created_at, id) - 1 AS position FROM "goals"
) o WHERE o.id = g.id;--> statement-breakpoint
ALTER TABLE "recaps" ADD COLUMN "goal_updates" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "recaps" SET
  "goal_updates" = jsonb_build_array(jsonb_build_object('goalId', goal_id, 'progress', progress)),
  "action_items" = (
    SELECT coalesce(jsonb_agg(item.value || jsonb_build_object('recapId', id, 'version', 1) ORDER BY item.ordinality), '[]'::jsonb)
    FROM jsonb_array_elements(action_items) WITH ORDINALITY AS item
  );--> statement-breakpoint
DROP INDEX "recaps_goal_idx";--> statement-breakpoint
CREATE INDEX "recaps_mentorship_idx" ON "recaps" USING btree ("mentorship_id","session_date");--> statement-breakpoint
ALTER TABLE "recaps" DROP COLUMN "goal_id";--> statement-breakpoint
ALTER TABLE "recaps" DROP COLUMN "progress";
