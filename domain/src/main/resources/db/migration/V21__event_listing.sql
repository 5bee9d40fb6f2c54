-- Storyline schema, version 21: whether a reader lists an event report. Every report the tagger finds is stored
-- (the evaluation and "show all" count every mention); the document page and the timeline list by default one report
-- per happening (LISTED) and leave out repeats of it, sources' attributions ("..., the ministry said") and mere
-- topics ("efforts to reach a ceasefire"). Events stored before this version were all listed.
ALTER TABLE event ADD COLUMN listing VARCHAR(16) DEFAULT 'LISTED' NOT NULL;
ALTER TABLE event ADD CONSTRAINT ck_event_listing CHECK (listing IN ('LISTED', 'REPEAT', 'SOURCE', 'TOPIC'));
