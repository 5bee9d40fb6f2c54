-- Editors' corrections: what a decision needs beyond V3 (event participants and places, entity merges and
-- splits, the machine's type at the time of the decision for measured precision).
ALTER TABLE decision ADD COLUMN detail_value VARCHAR(4000);
ALTER TABLE decision ADD COLUMN target_entity_id BIGINT;
ALTER TABLE decision ADD COLUMN subject_type VARCHAR(64);
ALTER TABLE decision ADD CONSTRAINT fk_decision_target_entity FOREIGN KEY (target_entity_id) REFERENCES entity (id);
CREATE INDEX ix_decision_entity ON decision (entity_id);
CREATE INDEX ix_decision_active_kind ON decision (superseded_at, kind);
