package io.storyline.web.knowledge;

import io.storyline.analysis.knowledge.KnowledgeCsv;
import io.storyline.domain.common.Csv;
import io.storyline.domain.entity.Alias;
import io.storyline.domain.entity.GazetteerEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads an uploaded CSV within the size limit, as UTF-8; writes the export. Shared by the page and the API. */
public final class CsvBodies {

    private CsvBodies() {
    }

    /** The upload is larger than {@link KnowledgeCsv#MAX_BYTES}. */
    public static final class TooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("The file is larger than " + KnowledgeCsv.MAX_BYTES / (1024 * 1024) + " MB; split it.");
        }
    }

    /** The upload is not UTF-8 text. */
    public static final class NotTextException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotTextException() {
            super("The file is not UTF-8 text; save it as \"CSV UTF-8\" and try again.");
        }
    }

    /** The text of an upload, read no further than the limit. */
    public static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(KnowledgeCsv.MAX_BYTES + 1);
        if (bytes.length > KnowledgeCsv.MAX_BYTES) {
            throw new TooLargeException();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException();
        }
    }

    public static void writeAliases(List<Alias> aliases, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Csv.writeRow(writer, KnowledgeCsv.ALIAS_COLUMNS);
        for (Alias a : aliases) {
            Csv.writeRow(writer, KnowledgeCsv.row(a));
        }
        writer.flush();
    }

    public static void writeGazetteer(List<GazetteerEntry> names, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Csv.writeRow(writer, KnowledgeCsv.GAZETTEER_COLUMNS);
        for (GazetteerEntry g : names) {
            Csv.writeRow(writer, KnowledgeCsv.row(g));
        }
        writer.flush();
    }
}
