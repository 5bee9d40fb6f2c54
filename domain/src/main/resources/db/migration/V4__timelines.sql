-- Storyline schema, version 4: timelines. What editors decided about which reports are the same real-world event,
-- and saved timelines (stories) with the editor's choices per entry. Portable SQL (H2 2.x and PostgreSQL).

CREATE SEQUENCE event_link_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE event_link (
    id            BIGINT                   NOT NULL,
    kind          VARCHAR(16)              NOT NULL,
    a_document_id BIGINT                   NOT NULL,
    a_begin       INTEGER                  NOT NULL,
    a_end         INTEGER                  NOT NULL,
    b_document_id BIGINT                   NOT NULL,
    b_begin       INTEGER                  NOT NULL,
    b_end         INTEGER                  NOT NULL,
    reason        VARCHAR(1000),
    decided_by    VARCHAR(64)              NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_event_link PRIMARY KEY (id),
    CONSTRAINT fk_event_link_a FOREIGN KEY (a_document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_link_b FOREIGN KEY (b_document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT ck_event_link_kind CHECK (kind IN ('SAME', 'DIFFERENT'))
);
CREATE INDEX ix_event_link_active ON event_link (superseded_at);

CREATE SEQUENCE story_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE story (
    id           BIGINT                   NOT NULL,
    version      BIGINT                   NOT NULL,
    title        VARCHAR(300)             NOT NULL,
    entity_id    BIGINT,
    query_text   VARCHAR(500),
    document_id  BIGINT,
    from_date    DATE,
    to_date      DATE,
    note         VARCHAR(4000),
    created_by   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE,
    reviewed_by  VARCHAR(64),
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_story PRIMARY KEY (id),
    CONSTRAINT fk_story_entity FOREIGN KEY (entity_id) REFERENCES entity (id)
);

CREATE TABLE story_entry (
    story_id       BIGINT        NOT NULL,
    entry_key      VARCHAR(64)   NOT NULL,
    included       BOOLEAN       NOT NULL,
    seen_citations INTEGER       NOT NULL,
    date_value     VARCHAR(100),
    summary        VARCHAR(500),
    note           VARCHAR(2000),
    manual_order   INTEGER,
    CONSTRAINT pk_story_entry PRIMARY KEY (story_id, entry_key),
    CONSTRAINT fk_story_entry_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
