package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One time a document's bytes reached the archive: under which name, from whom, by which way. The first
 * sighting made the document; later ones are duplicates and are kept as such, so nothing about them is lost.
 */
@Entity
@Table(name = "document_sighting")
public class Sighting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sighting_seq")
    @SequenceGenerator(name = "sighting_seq", sequenceName = "sighting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "filename", nullable = false, length = 1024)
    private String filename;

    @Column(name = "path", length = 4000)
    private String path;

    @Column(name = "publisher", length = 500)
    private String publisher;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Column(name = "container_id")
    private Long containerId;

    @Column(name = "import_item_id")
    private Long importItemId;

    @Column(name = "duplicate", nullable = false)
    private boolean duplicate;

    @Column(name = "seen_by", nullable = false, length = 64)
    private String seenBy;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected Sighting() {
        // for JPA
    }

    /**
     * @param documentId   the document these bytes are
     * @param filename     the name they came under
     * @param path         where they were: the path inside an archive or an import folder, if any
     * @param channel      how they came
     * @param containerId  the archive document they were found in, if any
     * @param importItemId the bulk import item they came from, if any
     * @param duplicate    whether the document existed before this sighting
     */
    public Sighting(long documentId, String filename, String path, String publisher, Channel channel,
                    Long containerId, Long importItemId, boolean duplicate, String seenBy, Instant seenAt) {
        this.documentId = documentId;
        this.filename = Filename.clean(filename);
        this.path = path == null ? null : Description.cut(path, 4000);
        this.publisher = Description.cut(publisher, 500);
        this.channel = Objects.requireNonNull(channel, "channel");
        this.containerId = containerId;
        this.importItemId = importItemId;
        this.duplicate = duplicate;
        this.seenBy = Objects.requireNonNull(seenBy, "seenBy");
        this.seenAt = Objects.requireNonNull(seenAt, "seenAt");
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public String filename() {
        return filename;
    }

    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    public Channel channel() {
        return channel;
    }

    public Optional<Long> containerId() {
        return Optional.ofNullable(containerId);
    }

    public Optional<Long> importItemId() {
        return Optional.ofNullable(importItemId);
    }

    public boolean duplicate() {
        return duplicate;
    }

    public String seenBy() {
        return seenBy;
    }

    public Instant seenAt() {
        return seenAt;
    }
}
