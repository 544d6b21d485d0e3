ALTER TABLE "people" ADD COLUMN "changed_by" bigint DEFAULT pg_current_xact_id()::text::bigint NOT NULL;--> statement-breakpoint
CREATE INDEX "people_changed_by_idx" ON "people" USING btree ("changed_by");--> statement-breakpoint
-- Every insert or update of a person records its transaction, so server processes can read the
-- rows written since their last snapshot (see server/repositories/directory.ts).
CREATE FUNCTION mentorkit_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.changed_by := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER people_changed BEFORE INSERT OR UPDATE ON people
  FOR EACH ROW EXECUTE FUNCTION mentorkit_person_changed();
--> statement-breakpoint
-- Removed rows leave nothing to read, so removals (only `npm run seed` truncates) advance this
-- sequence instead, and the processes reload their directory.
CREATE SEQUENCE people_removals;
--> statement-breakpoint
SELECT nextval('people_removals');
--> statement-breakpoint
CREATE FUNCTION mentorkit_people_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('people_removals');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER people_removed AFTER DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION mentorkit_people_removed();
