package io.storyline.ingestion.extraction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void lineEndsWhitespaceAndBlankLinesAreMadeRegular() {
        String raw = "\uFEFF\r\n  Headline \t here  \r\n\r\n\r\n\r\nFirst\u00A0paragraph.\rSecond line.\n\n\n\u0000Third.  \n\n";

        assertEquals("Headline here\n\nFirst paragraph.\nSecond line.\n\nThird.", TextNormalizer.normalize(raw));
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertEquals("Jos\u00e9 Mar\u00eda", TextNormalizer.normalize("Jose\u0301 Mari\u0301a"));
    }

    @Test
    void nothingStaysNothing() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(" \n\t \r\n"));
    }
}
