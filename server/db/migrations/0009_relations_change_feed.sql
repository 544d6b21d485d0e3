ALTER TABLE "mentorships" ADD COLUMN "changed_by" bigint DEFAULT pg_current_xact_id()::text::bigint NOT NULL;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "changed_by" bigint DEFAULT pg_current_xact_id()::text::bigint NOT NULL;--> statement-breakpoint
CREATE INDEX "mentorships_changed_by_idx" ON "mentorships" USING btree ("changed_by");--> statement-breakpoint
CREATE INDEX "requests_changed_by_idx" ON "requests" USING btree ("changed_by");--> statement-breakpoint
-- Requests and mentorships record their writing transaction like people rows (0003), so the
-- change feed also says whose open requests and mentorships changed: server processes keep each
-- viewer's relations between searches (server/repositories/relations-cache.ts).
CREATE TRIGGER requests_changed BEFORE INSERT OR UPDATE ON requests
  FOR EACH ROW EXECUTE FUNCTION mentorkit_person_changed();
--> statement-breakpoint
CREATE TRIGGER mentorships_changed BEFORE INSERT OR UPDATE ON mentorships
  FOR EACH ROW EXECUTE FUNCTION mentorkit_person_changed();
--> statement-breakpoint
-- Removed rows leave nothing to read: the processes reload, as after removed people.
CREATE TRIGGER requests_removed AFTER DELETE OR TRUNCATE ON requests
  FOR EACH STATEMENT EXECUTE FUNCTION mentorkit_people_removed();
--> statement-breakpoint
CREATE TRIGGER mentorships_removed AFTER DELETE OR TRUNCATE ON mentorships
  FOR EACH STATEMENT EXECUTE FUNCTION mentorkit_people_removed();
