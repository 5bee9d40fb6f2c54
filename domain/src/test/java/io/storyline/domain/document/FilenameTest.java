package io.storyline.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilenameTest {

    @Test
    void traversalNamesAreKeptAsTextNotInterpreted() {
        assertEquals("../../etc/passwd", Filename.clean("../../etc/passwd"));
        assertEquals("C:\\Windows\\system.ini", Filename.clean("C:\\Windows\\system.ini"));
    }

    @Test
    void controlAndInvisibleFormatCharactersAreReplaced() {
        assertEquals("a\uFFFDb\uFFFDc.txt", Filename.clean("a\u0000b\u202Ec.txt"));
        assertEquals("new\uFFFDline.txt", Filename.clean("new\nline.txt"));
    }

    @Test
    void unicodeIsNormalisedToComposedForm() {
        String decomposed = "Re\u0301sume\u0301.pdf";
        assertEquals("R\u00e9sum\u00e9.pdf", Filename.clean(decomposed));
    }

    @Test
    void emptyOrMissingNamesGetAPlaceholder() {
        assertEquals(Filename.UNNAMED, Filename.clean(null));
        assertEquals(Filename.UNNAMED, Filename.clean("   "));
    }

    @Test
    void veryLongNamesAreCutKeepingTheExtension() {
        String cleaned = Filename.clean("\u05d0".repeat(1000) + ".html");

        assertEquals(Filename.MAX_LENGTH, cleaned.codePointCount(0, cleaned.length()));
        assertTrue(cleaned.endsWith("\u2026.html"), cleaned);
    }

    @Test
    void emojiCountAsOneCharacterWhenCutting() {
        String cleaned = Filename.clean("\uD83D\uDCF0".repeat(300));

        assertEquals(Filename.MAX_LENGTH, cleaned.codePointCount(0, cleaned.length()));
        assertTrue(Character.isHighSurrogate(cleaned.charAt(cleaned.length() - 3)), "no broken surrogate pair");
    }

    @Test
    void extensionAndLastSegment() {
        assertEquals("pdf", Filename.extension("folder/Report.PDF"));
        assertEquals("", Filename.extension(".bashrc"));
        assertEquals("", Filename.extension("README"));
        assertEquals("b.txt", Filename.lastSegment("a\\b.txt"));
    }
}
