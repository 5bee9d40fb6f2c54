-- Storyline schema, version 2: extraction results, publication date candidates, sightings, processing
-- history, near-duplicates and bulk imports.

ALTER TABLE document ADD COLUMN parent_id BIGINT;
ALTER TABLE document ADD COLUMN archive_depth INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE document ADD COLUMN language_source VARCHAR(16);
ALTER TABLE document ADD COLUMN page_count INTEGER;
ALTER TABLE document ADD COLUMN text_length BIGINT;
ALTER TABLE document ADD COLUMN text_truncated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE document ADD COLUMN date_flags VARCHAR(100);
ALTER TABLE document ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE document ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE document ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE document ADD COLUMN extracted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE document ADD CONSTRAINT fk_document_parent FOREIGN KEY (parent_id) REFERENCES document (id);
CREATE INDEX ix_document_parent ON document (parent_id);
CREATE INDEX ix_document_date_flags ON document (date_flags);

CREATE TABLE document_date_candidate (
    document_id    BIGINT                   NOT NULL,
    position       INTEGER                  NOT NULL,
    source         VARCHAR(32)              NOT NULL,
    published_date DATE                     NOT NULL,
    published_time TIMESTAMP WITH TIME ZONE,
    raw            VARCHAR(300),
    CONSTRAINT pk_document_date_candidate PRIMARY KEY (document_id, position),
    CONSTRAINT fk_date_candidate_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);

CREATE TABLE document_text (
    document_id BIGINT NOT NULL,
    content     CLOB   NOT NULL,
    CONSTRAINT pk_document_text PRIMARY KEY (document_id),
    CONSTRAINT fk_document_text_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);

CREATE SEQUENCE sighting_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document_sighting (
    id             BIGINT                   NOT NULL,
    document_id    BIGINT                   NOT NULL,
    filename       VARCHAR(1024)            NOT NULL,
    path           VARCHAR(4000),
    publisher      VARCHAR(500),
    channel        VARCHAR(16)              NOT NULL,
    container_id   BIGINT,
    import_item_id BIGINT,
    duplicate      BOOLEAN                  NOT NULL,
    seen_by        VARCHAR(64)              NOT NULL,
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_document_sighting PRIMARY KEY (id),
    CONSTRAINT fk_sighting_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
CREATE INDEX ix_sighting_document ON document_sighting (document_id);
CREATE INDEX ix_sighting_import_item ON document_sighting (import_item_id);

CREATE SEQUENCE history_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE document_history (
    id          BIGINT                   NOT NULL,
    document_id BIGINT                   NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    step        VARCHAR(32)              NOT NULL,
    actor       VARCHAR(100)             NOT NULL,
    detail      VARCHAR(2000),
    CONSTRAINT pk_document_history PRIMARY KEY (id),
    CONSTRAINT fk_history_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
CREATE INDEX ix_history_document ON document_history (document_id, happened_at);

CREATE TABLE document_fingerprint (
    document_id BIGINT       NOT NULL,
    signature   VARCHAR(700) NOT NULL,
    CONSTRAINT pk_document_fingerprint PRIMARY KEY (document_id),
    CONSTRAINT fk_fingerprint_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);

CREATE TABLE document_fingerprint_band (
    band        INTEGER NOT NULL,
    bucket      BIGINT  NOT NULL,
    document_id BIGINT  NOT NULL,
    CONSTRAINT pk_document_fingerprint_band PRIMARY KEY (bucket, band, document_id),
    CONSTRAINT fk_band_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
CREATE INDEX ix_band_document ON document_fingerprint_band (document_id);

CREATE SEQUENCE near_duplicate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE near_duplicate (
    id         BIGINT                   NOT NULL,
    document_a BIGINT                   NOT NULL,
    document_b BIGINT                   NOT NULL,
    similarity DOUBLE PRECISION         NOT NULL,
    found_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_near_duplicate PRIMARY KEY (id),
    CONSTRAINT uq_near_duplicate_pair UNIQUE (document_a, document_b),
    CONSTRAINT fk_near_duplicate_a FOREIGN KEY (document_a) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_near_duplicate_b FOREIGN KEY (document_b) REFERENCES document (id) ON DELETE CASCADE
);
CREATE INDEX ix_near_duplicate_b ON near_duplicate (document_b);

CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE import_job (
    id             BIGINT                   NOT NULL,
    version        BIGINT                   NOT NULL,
    source_kind    VARCHAR(16)              NOT NULL,
    source_path    VARCHAR(4000)            NOT NULL,
    publisher      VARCHAR(500),
    status         VARCHAR(16)              NOT NULL,
    listed         BOOLEAN                  NOT NULL,
    total          BIGINT                   NOT NULL,
    imported       BIGINT                   NOT NULL,
    duplicates     BIGINT                   NOT NULL,
    failed         BIGINT                   NOT NULL,
    run_started_at TIMESTAMP WITH TIME ZONE,
    run_processed  BIGINT                   NOT NULL,
    execution_id   BIGINT,
    message        VARCHAR(2000),
    started_by     VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_import_job PRIMARY KEY (id)
);

CREATE SEQUENCE import_item_seq START WITH 1 INCREMENT BY 500;
CREATE TABLE import_item (
    id           BIGINT                   NOT NULL,
    job_id       BIGINT                   NOT NULL,
    path         VARCHAR(4000)            NOT NULL,
    size_bytes   BIGINT,
    status       VARCHAR(16)              NOT NULL,
    document_id  BIGINT,
    message      VARCHAR(2000),
    processed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_import_item PRIMARY KEY (id),
    CONSTRAINT fk_import_item_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);
CREATE INDEX ix_import_item_job_status ON import_item (job_id, status, id);
