package io.storyline.web.knowledge.faces;

import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.GazetteerEntry;
import java.io.Serializable;
import java.time.Instant;

/** The rows and the edit forms of the aliases and gazetteer page, with getters for Faces EL. */
public final class KnowledgeRows {

    private KnowledgeRows() {
    }

    /** An alias as listed and as edited ({@code id} null for a new one). */
    public static class AliasForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private String alias;
        private String canonical;
        private String type = "PERSON";
        private String kind = "NAME";
        private String note;
        private String changedBy;
        private Instant changedAt;

        public static AliasForm of(Alias a) {
            AliasForm f = new AliasForm();
            f.id = a.id();
            f.alias = a.alias();
            f.canonical = a.canonical();
            f.type = a.type().name();
            f.kind = a.kind().name();
            f.note = a.note().orElse(null);
            f.changedBy = a.changedBy();
            f.changedAt = a.changedAt();
            return f;
        }

        public AliasForm copy() {
            AliasForm f = new AliasForm();
            f.id = id;
            f.alias = alias;
            f.canonical = canonical;
            f.type = type;
            f.kind = kind;
            f.note = note;
            return f;
        }

        public Long getId() {
            return id;
        }

        public String getAlias() {
            return alias;
        }

        public void setAlias(String alias) {
            this.alias = alias;
        }

        public String getCanonical() {
            return canonical;
        }

        public void setCanonical(String canonical) {
            this.canonical = canonical;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getChangedBy() {
            return changedBy;
        }

        public Instant getChangedAt() {
            return changedAt;
        }
    }

    /** A gazetteer name as listed and as edited. */
    public static class NameForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private String name;
        private String type = "ORGANIZATION";
        private boolean caseSensitive;
        private String note;
        private String changedBy;
        private Instant changedAt;

        public static NameForm of(GazetteerEntry g) {
            NameForm f = new NameForm();
            f.id = g.id();
            f.name = g.name();
            f.type = g.type().name();
            f.caseSensitive = g.caseSensitive();
            f.note = g.note().orElse(null);
            f.changedBy = g.changedBy();
            f.changedAt = g.changedAt();
            return f;
        }

        public NameForm copy() {
            NameForm f = new NameForm();
            f.id = id;
            f.name = name;
            f.type = type;
            f.caseSensitive = caseSensitive;
            f.note = note;
            return f;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public boolean isCaseSensitive() {
            return caseSensitive;
        }

        public void setCaseSensitive(boolean caseSensitive) {
            this.caseSensitive = caseSensitive;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getChangedBy() {
            return changedBy;
        }

        public Instant getChangedAt() {
            return changedAt;
        }
    }
}
