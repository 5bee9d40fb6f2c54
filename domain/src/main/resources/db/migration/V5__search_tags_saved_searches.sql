-- Storyline schema, version 5: document tags, what the search index holds per document, saved searches,
-- and the indexes the documents table filters need.

CREATE SEQUENCE document_tag_seq START WITH 1 INCREMENT BY 50;

-- A topic tag on a document: MANUAL when a person added it, AUTO when the machine did.
CREATE TABLE document_tag (
    id          BIGINT                   NOT NULL,
    document_id BIGINT                   NOT NULL,
    name        VARCHAR(100)             NOT NULL,
    origin      VARCHAR(8)               NOT NULL,
    tagged_by   VARCHAR(64)              NOT NULL,
    tagged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_document_tag PRIMARY KEY (id),
    CONSTRAINT fk_document_tag_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT uq_document_tag UNIQUE (document_id, name),
    CONSTRAINT ck_document_tag_origin CHECK (origin IN ('AUTO', 'MANUAL'))
);

CREATE INDEX ix_document_tag_name ON document_tag (name, document_id);

-- One row per searchable document: the fields Hibernate Search indexes beside the extracted text. Written in the
-- same transaction as whatever changed them (extraction, analysis, tags), so the index follows on commit.
CREATE TABLE search_record (
    document_id    BIGINT                   NOT NULL,
    title          VARCHAR(2000),
    filename       VARCHAR(1024)            NOT NULL,
    publisher      VARCHAR(500),
    language       VARCHAR(35),
    media_type     VARCHAR(255),
    uploaded_by    VARCHAR(64)              NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_date DATE,
    entity_ids     CLOB,
    entity_types   VARCHAR(500),
    event_types    VARCHAR(2000),
    tags           VARCHAR(4000),
    refreshed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_search_record PRIMARY KEY (document_id),
    CONSTRAINT fk_search_record_document FOREIGN KEY (document_id) REFERENCES document (id)
);

CREATE SEQUENCE saved_search_seq START WITH 1 INCREMENT BY 50;

-- A search a user keeps: its name and its query string (q=...&tag=...), private to its owner.
CREATE TABLE saved_search (
    id         BIGINT                   NOT NULL,
    owner      VARCHAR(64)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    query      VARCHAR(2000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_saved_search PRIMARY KEY (id),
    CONSTRAINT uq_saved_search_name UNIQUE (owner, name)
);

-- The documents table filters and sorts on these. H2 does not read an ascending index backwards for a descending
-- ORDER BY; without an index in the page's order it sorts every matching document for each page (seconds at
-- 100,000 documents). So each filter's index also holds the default order (newest upload first): a filtered
-- first page reads 25 index entries. Status filters come with both newest orders.
CREATE INDEX ix_document_uploaded_newest ON document (uploaded_at DESC, id DESC);
CREATE INDEX ix_document_published_newest ON document (published_date DESC, id DESC);
CREATE INDEX ix_document_status_newest ON document (status, uploaded_at DESC, id DESC);
CREATE INDEX ix_document_status_published ON document (status, published_date DESC, id DESC);
CREATE INDEX ix_document_media_type ON document (media_type, uploaded_at DESC, id DESC);
CREATE INDEX ix_document_language ON document (language, uploaded_at DESC, id DESC);
CREATE INDEX ix_document_publisher ON document (publisher, uploaded_at DESC, id DESC);
CREATE INDEX ix_document_uploaded_by ON document (uploaded_by, uploaded_at DESC, id DESC);
CREATE INDEX ix_document_published ON document (published_date);

-- Entities mentioned together (an entity page's "mentioned with") read this index alone.
CREATE INDEX ix_mention_document_entity ON mention (document_id, entity_id);

-- A story may ask for the events of documents with a tag.
ALTER TABLE story ADD COLUMN tag VARCHAR(100);
