-- Storyline schema, version 1: documents and user accounts.
-- Portable SQL (H2 2.x and PostgreSQL): no vendor types, sequences for ids.

CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE document (
    id               BIGINT                   NOT NULL,
    version          BIGINT                   NOT NULL,
    sha256           VARCHAR(64)              NOT NULL,
    filename         VARCHAR(1024)            NOT NULL,
    media_type       VARCHAR(255),
    size_bytes       BIGINT                   NOT NULL,
    title            VARCHAR(2000),
    byline           VARCHAR(1000),
    publisher        VARCHAR(500),
    url              VARCHAR(2048),
    language         VARCHAR(35),
    published_date   DATE,
    published_time   TIMESTAMP WITH TIME ZONE,
    published_source VARCHAR(32),
    status           VARCHAR(16)              NOT NULL,
    failure_reason   VARCHAR(32),
    failure_message  VARCHAR(2000),
    uploaded_by      VARCHAR(64)              NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_document PRIMARY KEY (id),
    CONSTRAINT uq_document_sha256 UNIQUE (sha256),
    CONSTRAINT ck_document_status CHECK (status IN ('RECEIVED', 'EXTRACTING', 'EXTRACTED', 'ANALYZING', 'ANALYZED', 'FAILED'))
);

CREATE INDEX ix_document_status ON document (status);
CREATE INDEX ix_document_uploaded_at ON document (uploaded_at);

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id                  BIGINT                   NOT NULL,
    version             BIGINT                   NOT NULL,
    username            VARCHAR(64)              NOT NULL,
    display_name        VARCHAR(200),
    password_hash       VARCHAR(255)             NOT NULL,
    enabled             BOOLEAN                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_app_user_role CHECK (role IN ('READER', 'ARCHIVIST', 'EDITOR', 'ADMIN'))
);
