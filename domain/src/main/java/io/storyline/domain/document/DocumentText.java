package io.storyline.domain.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The extracted text of a document, apart from the document so that lists never load it. Character offsets
 * everywhere (mentions, times, events) refer to this text. The search index holds it through
 * {@link io.storyline.platform.search.SearchRecord}; its mapping there is {@link io.storyline.platform.search.TextMapping}.
 */
@Entity
@Table(name = "document_text")
public class DocumentText {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private String content;

    protected DocumentText() {
        // for JPA
    }

    public DocumentText(long documentId, String content) {
        this.documentId = documentId;
        this.content = Objects.requireNonNull(content, "content");
    }

    public long documentId() {
        return documentId;
    }

    public String content() {
        return content;
    }

    public void replace(String newContent) {
        this.content = Objects.requireNonNull(newContent, "newContent");
    }
}
