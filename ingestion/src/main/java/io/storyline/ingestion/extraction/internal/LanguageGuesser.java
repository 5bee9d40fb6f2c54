package io.storyline.ingestion.extraction.internal;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Tells the language of a text with the Optimaize detector (character n-grams, 70 languages, ISO 639-1 codes).
 * It answers only when sure: at least {@value #MIN_CHARS} letters and a probability of 0.9 or more.
 */
final class LanguageGuesser {

    static final int MIN_CHARS = 20;
    /** Enough text to be sure of a language, little enough to be quick. */
    private static final int SAMPLE = 4_000;
    private static final double SURE = 0.9;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    LanguageGuesser() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles of the detector cannot be read", e);
        }
    }

    Optional<String> guess(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_CHARS) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
        return found.stream()
                .filter(l -> l.getProbability() >= SURE)
                .findFirst()
                .map(l -> l.getLocale().getLanguage());
    }
}
