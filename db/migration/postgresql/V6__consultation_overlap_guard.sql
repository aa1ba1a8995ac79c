-- PostgreSQL twin of sqlite/V6: a clinician cannot be double-booked. The store refuses an overlapping booking inside
-- its write transaction; this exclusion constraint makes the database refuse one however it is written, also when two
-- desks book the same slot at the same moment. Times are local ISO text ("2026-11-25T10:30[:ss[.fff]]");
-- clinicdesk_slot reads them with make_timestamp, which (unlike a cast) is immutable, as an index needs.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE FUNCTION clinicdesk_local_time(value text) RETURNS timestamp LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT make_timestamp(substr(value, 1, 4)::int, substr(value, 6, 2)::int, substr(value, 9, 2)::int,
                          substr(value, 12, 2)::int, substr(value, 15, 2)::int,
                          CASE WHEN length(value) >= 19 THEN substr(value, 18)::float8 ELSE 0 END)
$$;

CREATE FUNCTION clinicdesk_slot(starts_at text, ends_at text) RETURNS tsrange LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT tsrange(clinicdesk_local_time(starts_at), clinicdesk_local_time(ends_at), '[)')
$$;

ALTER TABLE consultation ADD CONSTRAINT consultation_no_overlap
    EXCLUDE USING gist (clinician_id WITH =, clinicdesk_slot(starts_at, ends_at) WITH &&)
    WHERE (status NOT IN ('CANCELLED', 'RESCHEDULED', 'NO_SHOW'));
