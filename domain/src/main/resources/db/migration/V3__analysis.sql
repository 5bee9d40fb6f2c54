-- Storyline schema, version 3: analysis. Canonical entities and their mentions, aliases and the gazetteer, time
-- expressions, the event taxonomy and events with participants, and the decisions people made about them.
-- Portable SQL (H2 2.x and PostgreSQL).

ALTER TABLE document ADD COLUMN failed_stage VARCHAR(16);
ALTER TABLE document ADD COLUMN analysis_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE document ADD COLUMN analyzed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE document ADD COLUMN reference_date DATE;
ALTER TABLE document ADD COLUMN reference_source VARCHAR(24);

CREATE SEQUENCE entity_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE entity (
    id             BIGINT                   NOT NULL,
    version        BIGINT                   NOT NULL,
    type           VARCHAR(16)              NOT NULL,
    name           VARCHAR(300)             NOT NULL,
    name_key       VARCHAR(300)             NOT NULL,
    last_name_key  VARCHAR(100),
    merged_into    BIGINT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_entity PRIMARY KEY (id),
    CONSTRAINT uq_entity_type_name UNIQUE (type, name_key),
    CONSTRAINT fk_entity_merged_into FOREIGN KEY (merged_into) REFERENCES entity (id),
    CONSTRAINT ck_entity_type CHECK (type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'OTHER'))
);
CREATE INDEX ix_entity_last_name ON entity (type, last_name_key);
CREATE INDEX ix_entity_name_key ON entity (name_key);

CREATE SEQUENCE mention_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE mention (
    id             BIGINT        NOT NULL,
    document_id    BIGINT        NOT NULL,
    entity_id      BIGINT        NOT NULL,
    begin_offset   INTEGER       NOT NULL,
    end_offset     INTEGER       NOT NULL,
    text           VARCHAR(500)  NOT NULL,
    type           VARCHAR(16)   NOT NULL,
    sentence_index INTEGER       NOT NULL,
    found_by       VARCHAR(16)   NOT NULL,
    origin         VARCHAR(16)   NOT NULL,
    review         VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_mention PRIMARY KEY (id),
    CONSTRAINT fk_mention_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_mention_entity FOREIGN KEY (entity_id) REFERENCES entity (id)
);
CREATE INDEX ix_mention_document ON mention (document_id, begin_offset);
CREATE INDEX ix_mention_entity ON mention (entity_id, document_id);

CREATE SEQUENCE alias_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE entity_alias (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    alias       VARCHAR(300)             NOT NULL,
    alias_key   VARCHAR(300)             NOT NULL,
    canonical   VARCHAR(300)             NOT NULL,
    type        VARCHAR(16)              NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    origin      VARCHAR(16)              NOT NULL,
    note        VARCHAR(500),
    changed_by  VARCHAR(64)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_entity_alias PRIMARY KEY (id),
    CONSTRAINT uq_entity_alias UNIQUE (alias_key, type, kind)
);

CREATE SEQUENCE gazetteer_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE gazetteer_entry (
    id             BIGINT                   NOT NULL,
    version        BIGINT                   NOT NULL,
    name           VARCHAR(300)             NOT NULL,
    name_key       VARCHAR(300)             NOT NULL,
    type           VARCHAR(16)              NOT NULL,
    case_sensitive BOOLEAN                  NOT NULL,
    origin         VARCHAR(16)              NOT NULL,
    note           VARCHAR(500),
    changed_by     VARCHAR(64)              NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_gazetteer_entry PRIMARY KEY (id),
    CONSTRAINT uq_gazetteer_entry UNIQUE (name_key)
);

CREATE TABLE knowledge_seed (
    name       VARCHAR(64)              NOT NULL,
    version    INTEGER                  NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_knowledge_seed PRIMARY KEY (name, version)
);

CREATE SEQUENCE time_expression_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE time_expression (
    id             BIGINT       NOT NULL,
    document_id    BIGINT       NOT NULL,
    begin_offset   INTEGER      NOT NULL,
    end_offset     INTEGER      NOT NULL,
    text           VARCHAR(500) NOT NULL,
    sentence_index INTEGER      NOT NULL,
    timex_type     VARCHAR(16)  NOT NULL,
    timex_value    VARCHAR(100),
    range_start    DATE,
    range_end      DATE,
    granularity    VARCHAR(16),
    anchored_to    VARCHAR(24)  NOT NULL,
    CONSTRAINT pk_time_expression PRIMARY KEY (id),
    CONSTRAINT fk_time_expression_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
CREATE INDEX ix_time_expression_document ON time_expression (document_id, begin_offset);

CREATE SEQUENCE event_type_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE event_type (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    code        VARCHAR(64)              NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    description VARCHAR(2000),
    triggers    VARCHAR(4000)            NOT NULL,
    patterns    VARCHAR(4000),
    enabled     BOOLEAN                  NOT NULL,
    origin      VARCHAR(16)              NOT NULL,
    changed_by  VARCHAR(64)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_event_type PRIMARY KEY (id),
    CONSTRAINT uq_event_type_code UNIQUE (code)
);

CREATE SEQUENCE event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE event (
    id               BIGINT        NOT NULL,
    document_id      BIGINT        NOT NULL,
    type_code        VARCHAR(64)   NOT NULL,
    trigger_text     VARCHAR(300)  NOT NULL,
    trigger_begin    INTEGER       NOT NULL,
    trigger_end      INTEGER       NOT NULL,
    sentence_index   INTEGER       NOT NULL,
    sentence_begin   INTEGER       NOT NULL,
    sentence_end     INTEGER       NOT NULL,
    sentence         VARCHAR(4000) NOT NULL,
    place_entity_id  BIGINT,
    place_name       VARCHAR(300),
    date_value       VARCHAR(100),
    date_start       DATE,
    date_end         DATE,
    date_granularity VARCHAR(16),
    date_source      VARCHAR(24),
    date_text        VARCHAR(300),
    modality         VARCHAR(16)   NOT NULL,
    confidence       DOUBLE PRECISION NOT NULL,
    origin           VARCHAR(16)   NOT NULL,
    review           VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_event PRIMARY KEY (id),
    CONSTRAINT fk_event_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_place FOREIGN KEY (place_entity_id) REFERENCES entity (id),
    CONSTRAINT ck_event_modality CHECK (modality IN ('ASSERTED', 'NEGATED', 'PLANNED', 'REPORTED'))
);
CREATE INDEX ix_event_document ON event (document_id, trigger_begin);
CREATE INDEX ix_event_type_date ON event (type_code, date_start);
CREATE INDEX ix_event_date ON event (date_start);
CREATE INDEX ix_event_place ON event (place_entity_id);

CREATE TABLE event_participant (
    event_id  BIGINT       NOT NULL,
    position  INTEGER      NOT NULL,
    entity_id BIGINT,
    name      VARCHAR(300) NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_event_participant PRIMARY KEY (event_id, position),
    CONSTRAINT fk_participant_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_entity FOREIGN KEY (entity_id) REFERENCES entity (id)
);
CREATE INDEX ix_event_participant_entity ON event_participant (entity_id);

CREATE SEQUENCE decision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE decision (
    id            BIGINT                   NOT NULL,
    kind          VARCHAR(32)              NOT NULL,
    document_id   BIGINT,
    begin_offset  INTEGER,
    end_offset    INTEGER,
    entity_id     BIGINT,
    type_value    VARCHAR(64),
    text_value    VARCHAR(500),
    date_value    VARCHAR(100),
    reason        VARCHAR(1000),
    decided_by    VARCHAR(64)              NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_decision PRIMARY KEY (id),
    CONSTRAINT fk_decision_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_entity FOREIGN KEY (entity_id) REFERENCES entity (id)
);
CREATE INDEX ix_decision_document ON decision (document_id);
CREATE INDEX ix_decision_kind ON decision (kind);
