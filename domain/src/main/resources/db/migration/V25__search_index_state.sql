-- Storyline schema, version 25: which version of the search mapping (fields and analysers) the index was last built
-- with. At start-up an index built with an older version, or none, is rebuilt from the search records.
CREATE TABLE search_index_state (
    id              INTEGER                  NOT NULL,
    mapping_version INTEGER                  NOT NULL,
    built_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_search_index_state PRIMARY KEY (id),
    CONSTRAINT ck_search_index_state_one CHECK (id = 1)
);
