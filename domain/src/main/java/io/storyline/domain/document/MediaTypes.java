package io.storyline.domain.document;

import java.util.Locale;

/** What a document's media type (as intake detected it from the bytes) tells the pipeline. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * Whether a document of this media type is an archive: a ZIP, whose files extraction takes in one by one and
     * which is itself neither extracted nor analysed. Parameters and letter case do not matter; other compressed
     * formats (gzip, 7z) are not opened, so they are not archives here.
     */
    public static boolean isArchive(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        int parameters = mediaType.indexOf(';');
        String type = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/zip") || type.equals("application/x-zip")
                || type.equals("application/x-zip-compressed");
    }
}
