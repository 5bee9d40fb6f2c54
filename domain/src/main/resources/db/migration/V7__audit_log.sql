-- Storyline schema, version 7: the audit log. Entries are only ever inserted; the application has no way to
-- update or delete them.

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id             BIGINT                   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    username       VARCHAR(64),
    action         VARCHAR(32)              NOT NULL,
    subject        VARCHAR(300),
    detail         VARCHAR(1000),
    remote_address VARCHAR(64),
    user_agent     VARCHAR(300),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);

-- The log page and the export read newest first, optionally for one user or one action.
CREATE INDEX ix_audit_entry_at ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX ix_audit_entry_username ON audit_entry (username, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
