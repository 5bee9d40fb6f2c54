package io.storyline.domain.document;

import java.util.List;
import java.util.Objects;

/**
 * What extraction found in a file besides its text. Absent values are {@code null}.
 *
 * @param title             the headline or document title
 * @param byline            the author(s) as the source names them
 * @param publisher         the publisher or site name
 * @param url               the canonical URL
 * @param language          an ISO 639 language code
 * @param languageSource    how the language was found ({@link LanguageSource#DETECTED} or {@code DECLARED})
 * @param pageCount         pages, for paged formats
 * @param textLength        characters of extracted text kept
 * @param textTruncated     whether the text was cut at {@code storyline.extraction.max-chars}
 * @param dateCandidates    every publication date found in the file, in the order found
 * @param encodingUncertain whether no charset gave clean text, so that some characters may be wrong
 *                          ({@link DateFlag#ENCODING_UNCERTAIN} asks a person to look)
 */
public record ExtractedMetadata(String title, String byline, String publisher, String url, String language,
                                LanguageSource languageSource, Integer pageCount, long textLength,
                                boolean textTruncated, List<DateCandidate> dateCandidates,
                                boolean encodingUncertain) {

    /** What extraction found in a file whose characters were read cleanly (or that has no charset). */
    public ExtractedMetadata(String title, String byline, String publisher, String url, String language,
                             LanguageSource languageSource, Integer pageCount, long textLength,
                             boolean textTruncated, List<DateCandidate> dateCandidates) {
        this(title, byline, publisher, url, language, languageSource, pageCount, textLength, textTruncated,
                dateCandidates, false);
    }

    public ExtractedMetadata {
        dateCandidates = List.copyOf(Objects.requireNonNull(dateCandidates, "dateCandidates"));
        if (languageSource == LanguageSource.MANUAL) {
            throw new IllegalArgumentException("extraction never sets a language as a person would");
        }
    }
}
