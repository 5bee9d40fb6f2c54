package io.storyline.ingestion.extraction.child;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ParserFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Builds a parser process's parser: Tika's AutoDetectParser, whose failures go back to the server as plain
 * {@link IOException}s named {@value #ENCRYPTED} or {@value #FAILED}. Tika's own exception classes would not do:
 * the server reads what a child sends with no class loader of its own (so only the JDK's classes), and a failure
 * it cannot read looks the same as a child that died.
 */
public class ChildParserFactory extends ParserFactory {

    /** The prefix of the message of a failure because the file is password-protected. */
    public static final String ENCRYPTED = "storyline-encrypted: ";
    /** The prefix of the message of any other failure of the file. */
    public static final String FAILED = "storyline-failed: ";

    public ChildParserFactory(Map<String, String> args) {
        super(args);
    }

    @Override
    public Parser build() {
        return new PlainFailures(new AutoDetectParser());
    }

    private static final class PlainFailures extends ParserDecorator {

        private static final long serialVersionUID = 1L;

        PlainFailures(Parser parser) {
            super(parser);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            try {
                super.parse(stream, handler, metadata, context);
            } catch (EncryptedDocumentException e) {
                throw plain(ENCRYPTED, e);
            } catch (IOException | SAXException | TikaException | RuntimeException | StackOverflowError e) {
                throw plain(FAILED, e);
            }
        }

        private static IOException plain(String prefix, Throwable e) {
            IOException plain = new IOException(prefix + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            plain.setStackTrace(new StackTraceElement[0]);
            return plain;
        }
    }
}
