-- PostgreSQL twin of sqlite/V2: the audit log is append-only. A trigger refuses UPDATE, DELETE and TRUNCATE for every
-- role (owner included); and the desks' role, clinicdesk_desk, is never granted them on audit_event (see V3's grants).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- The role desks may sign in with (a login role that is a member of clinicdesk_desk): reading and writing the
-- clinic's data, never changing or removing an audit entry, never changing the schema. Made here when the migrating
-- role may create roles; otherwise the administrator makes it first (README, "Several desks").
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clinicdesk_desk')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
        CREATE ROLE clinicdesk_desk NOLOGIN;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clinicdesk_desk') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO clinicdesk_desk', current_database());
        GRANT USAGE ON SCHEMA public TO clinicdesk_desk;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO clinicdesk_desk;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO clinicdesk_desk;
        -- tables and sequences later migrations make (by this same migrating role) get the same rights
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO clinicdesk_desk;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO clinicdesk_desk;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM clinicdesk_desk;
    END IF;
END;
$$;
