-- ClinicDesk core schema. Portable SQL (SQLite and PostgreSQL alike): dates and times are ISO-8601 text,
-- booleans are 0/1 integers. SQLite-only parts (full-text index, append-only triggers) live in their own migrations.

CREATE TABLE clinic (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    name              TEXT    NOT NULL,
    consent_notice    TEXT    NOT NULL DEFAULT '',
    time_zone         TEXT    NOT NULL DEFAULT 'Asia/Kolkata',
    idle_lock_minutes INTEGER NOT NULL DEFAULT 10,
    retention_months  INTEGER,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

CREATE TABLE centre (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL UNIQUE,
    city              TEXT    NOT NULL,
    address           TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    whatsapp          TEXT    NOT NULL DEFAULT '',
    whatsapp_template TEXT    NOT NULL DEFAULT '',
    map_link          TEXT    NOT NULL DEFAULT '',
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

-- Settings of this installation (this desk's centre, backup folder, ...): one row per key.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE medical_condition (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    other_names TEXT    NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    username        TEXT    NOT NULL UNIQUE,
    full_name       TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('RECEPTION', 'CLINICIAN', 'MANAGER')),
    password_hash   TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE clinician (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT    NOT NULL,
    staff_id             INTEGER REFERENCES staff (id),
    default_slot_minutes INTEGER NOT NULL DEFAULT 30 CHECK (default_slot_minutes BETWEEN 5 AND 240),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);

-- Weekly hours: weekday 1 = Monday ... 7 = Sunday; times HH:MM in the clinic's time zone.
CREATE TABLE clinician_hours (
    id           INTEGER PRIMARY KEY,
    clinician_id INTEGER NOT NULL REFERENCES clinician (id),
    centre_id    INTEGER NOT NULL REFERENCES centre (id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time   TEXT    NOT NULL,
    end_time     TEXT    NOT NULL,
    CHECK (start_time < end_time)
);
CREATE INDEX clinician_hours_clinician ON clinician_hours (clinician_id, weekday);

CREATE TABLE clinician_leave (
    clinician_id INTEGER NOT NULL REFERENCES clinician (id),
    day          TEXT    NOT NULL,
    PRIMARY KEY (clinician_id, day)
);

CREATE TABLE enquiry (
    id                   INTEGER PRIMARY KEY,
    -- enquiries of one person share the id of that person's first enquiry ("same person" at the desk)
    person_id            INTEGER,
    full_name            TEXT    NOT NULL,
    phone                TEXT,
    phone_alt            TEXT,
    email                TEXT,
    city                 TEXT,
    age                  INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 130),
    birth_year           INTEGER,
    channel              TEXT    NOT NULL CHECK (channel IN ('WALK_IN', 'PHONE', 'WHATSAPP', 'WEBSITE', 'EMAIL', 'REFERRAL')),
    referrer             TEXT,
    centre_id            INTEGER NOT NULL REFERENCES centre (id),
    notes                TEXT    NOT NULL DEFAULT '',
    status               TEXT    NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CONTACTED', 'BOOKED', 'CLOSED')),
    close_reason         TEXT    CHECK (close_reason IS NULL OR close_reason IN ('NOT_ELIGIBLE', 'CHOSE_ELSEWHERE', 'COST', 'NO_RESPONSE', 'OTHER')),
    next_follow_up       TEXT,
    consent_given_at     TEXT,
    consent_method       TEXT    CHECK (consent_method IS NULL OR consent_method IN ('SPOKEN', 'WRITTEN', 'WHATSAPP', 'WEB_FORM')),
    consent_withdrawn_at TEXT,
    erased_at            TEXT,
    created_at           TEXT    NOT NULL,
    created_by           INTEGER REFERENCES staff (id),
    updated_at           TEXT    NOT NULL,
    updated_by           INTEGER REFERENCES staff (id),
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX enquiry_phone ON enquiry (phone);
CREATE INDEX enquiry_phone_alt ON enquiry (phone_alt);
CREATE INDEX enquiry_person ON enquiry (person_id);
CREATE INDEX enquiry_follow_up ON enquiry (next_follow_up);
CREATE INDEX enquiry_created ON enquiry (created_at);
CREATE INDEX enquiry_status ON enquiry (status, created_at);
CREATE INDEX enquiry_centre ON enquiry (centre_id, created_at);

CREATE TABLE enquiry_condition (
    enquiry_id   INTEGER NOT NULL REFERENCES enquiry (id) ON DELETE CASCADE,
    condition_id INTEGER NOT NULL REFERENCES medical_condition (id),
    PRIMARY KEY (enquiry_id, condition_id)
);
CREATE INDEX enquiry_condition_condition ON enquiry_condition (condition_id);

-- Timeline of an enquiry: status changes, contacts (call, WhatsApp, no answer), notes. Administrative only.
CREATE TABLE enquiry_event (
    id         INTEGER PRIMARY KEY,
    enquiry_id INTEGER NOT NULL REFERENCES enquiry (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    at         TEXT    NOT NULL,
    staff_id   INTEGER REFERENCES staff (id)
);
CREATE INDEX enquiry_event_enquiry ON enquiry_event (enquiry_id, at);

CREATE TABLE consultation (
    id                  INTEGER PRIMARY KEY,
    enquiry_id          INTEGER NOT NULL REFERENCES enquiry (id),
    centre_id           INTEGER NOT NULL REFERENCES centre (id),
    clinician_id        INTEGER NOT NULL REFERENCES clinician (id),
    starts_at           TEXT    NOT NULL,
    ends_at             TEXT    NOT NULL,
    duration_minutes    INTEGER NOT NULL CHECK (duration_minutes > 0),
    mode                TEXT    NOT NULL CHECK (mode IN ('IN_PERSON', 'VIDEO', 'PHONE')),
    status              TEXT    NOT NULL DEFAULT 'BOOKED'
        CHECK (status IN ('BOOKED', 'CONFIRMED', 'ARRIVED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'RESCHEDULED')),
    previous_status     TEXT,
    status_changed_at   TEXT,
    cancel_reason       TEXT,
    rescheduled_from_id INTEGER REFERENCES consultation (id),
    notes               TEXT    NOT NULL DEFAULT '',
    created_at          TEXT    NOT NULL,
    created_by          INTEGER REFERENCES staff (id),
    updated_at          TEXT    NOT NULL,
    updated_by          INTEGER REFERENCES staff (id),
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX consultation_clinician_time ON consultation (clinician_id, starts_at);
CREATE INDEX consultation_centre_time ON consultation (centre_id, starts_at);
CREATE INDEX consultation_enquiry ON consultation (enquiry_id);

CREATE TABLE sheet (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('CONDITION', 'TREATMENT', 'GENERAL')),
    created_at TEXT NOT NULL
);

CREATE TABLE sheet_condition (
    sheet_id     INTEGER NOT NULL REFERENCES sheet (id) ON DELETE CASCADE,
    condition_id INTEGER NOT NULL REFERENCES medical_condition (id),
    PRIMARY KEY (sheet_id, condition_id)
);

CREATE TABLE sheet_version (
    id              INTEGER PRIMARY KEY,
    sheet_id        INTEGER NOT NULL REFERENCES sheet (id),
    language        TEXT    NOT NULL DEFAULT 'en',
    version         INTEGER NOT NULL,
    title           TEXT    NOT NULL,
    summary         TEXT    NOT NULL DEFAULT '',
    body_markdown   TEXT    NOT NULL,
    evidence_status TEXT    CHECK (evidence_status IS NULL OR evidence_status IN ('STANDARD_CARE', 'INVESTIGATIONAL')),
    sources         TEXT    NOT NULL DEFAULT '',
    author          TEXT    NOT NULL DEFAULT '',
    reviewer_id     INTEGER REFERENCES staff (id),
    reviewed_at     TEXT,
    next_review     TEXT,
    status          TEXT    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED')),
    review_comment  TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    created_by      INTEGER REFERENCES staff (id),
    updated_at      TEXT    NOT NULL,
    UNIQUE (sheet_id, language, version)
);

CREATE TABLE handout (
    id               INTEGER PRIMARY KEY,
    sheet_version_id INTEGER NOT NULL REFERENCES sheet_version (id),
    enquiry_id       INTEGER REFERENCES enquiry (id),
    centre_id        INTEGER REFERENCES centre (id),
    language         TEXT    NOT NULL,
    method           TEXT    NOT NULL CHECK (method IN ('PRINTED', 'PDF')),
    given_by         INTEGER REFERENCES staff (id),
    given_at         TEXT    NOT NULL
);
CREATE INDEX handout_enquiry ON handout (enquiry_id);
CREATE INDEX handout_given_at ON handout (given_at);

-- Who did what to which record; never personal data in the summary.
CREATE TABLE audit_event (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    staff_id    INTEGER REFERENCES staff (id),
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER,
    summary     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_entity ON audit_event (entity, entity_id);
