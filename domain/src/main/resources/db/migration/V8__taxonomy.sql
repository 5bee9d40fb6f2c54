-- The topic taxonomy: tag categories ("Topic", "Region", "Desk") and which tag is in which. A tag is in at most
-- one category; a tag in none is uncategorised. Tags themselves stay names on documents (document_tag), so a
-- category may name a tag no document carries yet.
CREATE SEQUENCE tag_category_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE tag_category (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    name        VARCHAR(100)             NOT NULL,
    name_key    VARCHAR(100)             NOT NULL,
    description VARCHAR(500),
    changed_by  VARCHAR(64)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tag_category PRIMARY KEY (id),
    CONSTRAINT uq_tag_category_name UNIQUE (name_key)
);

CREATE TABLE tag_category_member (
    tag_name    VARCHAR(100)             NOT NULL,
    category_id BIGINT                   NOT NULL,
    assigned_by VARCHAR(64)              NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tag_category_member PRIMARY KEY (tag_name),
    CONSTRAINT fk_tag_category_member_category FOREIGN KEY (category_id) REFERENCES tag_category (id) ON DELETE CASCADE
);
CREATE INDEX ix_tag_category_member_category ON tag_category_member (category_id);
