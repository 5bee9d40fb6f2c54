-- Storyline schema, version 11: secrets the server signs with (the device cookies of sign-ins), made at random
-- by the first node that needs one and shared by every node through this table. Nothing updates a row.

CREATE TABLE signing_key (
    name       VARCHAR(64)              NOT NULL,
    secret     VARCHAR(100)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_signing_key PRIMARY KEY (name)
);
