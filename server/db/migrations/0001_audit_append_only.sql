-- The agreement audit trail is append-only: the database itself refuses to change or delete an
-- event, whatever the application does. (TRUNCATE stays possible for `npm run seed`.)
CREATE FUNCTION mentorkit_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: events cannot be changed or deleted';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION mentorkit_refuse_audit_change();
