package io.storyline.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/**
 * What is known about a document besides its bytes: title, byline, publisher, canonical URL, language, pages
 * and how much text it has. Extraction fills it; what a person gave (the publisher at upload, a language set by
 * hand) stays.
 */
@Embeddable
public class Description {

    static final int MAX_TITLE = 2000;

    @Column(name = "title", length = MAX_TITLE)
    private String title;

    @Column(name = "byline", length = 1000)
    private String byline;

    @Column(name = "publisher", length = 500)
    private String publisher;

    @Column(name = "url", length = 2048)
    private String url;

    @Column(name = "language", length = 35)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "language_source", length = 16)
    private LanguageSource languageSource;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "text_length")
    private Long textLength;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    void givePublisher(String given) {
        if (given != null && !given.isBlank()) {
            this.publisher = cut(given, 500);
        }
    }

    void apply(ExtractedMetadata found) {
        this.title = cut(found.title(), MAX_TITLE);
        this.byline = cut(found.byline(), 1000);
        this.url = cut(found.url(), 2048);
        if (this.publisher == null) {
            this.publisher = cut(found.publisher(), 500);
        }
        if (languageSource != LanguageSource.MANUAL) {
            this.language = found.language();
            this.languageSource = found.language() == null ? null : found.languageSource();
        }
        this.pageCount = found.pageCount();
        this.textLength = found.textLength();
        this.textTruncated = found.textTruncated();
    }

    void setLanguageByPerson(String languageCode) {
        if (languageCode == null || !languageCode.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("\"" + languageCode + "\" is not a language code like en, fr or pt-BR");
        }
        this.language = languageCode;
        this.languageSource = LanguageSource.MANUAL;
    }

    static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> byline() {
        return Optional.ofNullable(byline);
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public Optional<LanguageSource> languageSource() {
        return Optional.ofNullable(languageSource);
    }

    public Optional<Integer> pageCount() {
        return Optional.ofNullable(pageCount);
    }

    public Optional<Long> textLength() {
        return Optional.ofNullable(textLength);
    }

    public boolean textTruncated() {
        return textTruncated;
    }
}
