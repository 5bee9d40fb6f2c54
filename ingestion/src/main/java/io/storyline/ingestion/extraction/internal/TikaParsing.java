package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import io.storyline.ingestion.extraction.ExtractionLimits;
import io.storyline.ingestion.extraction.ParserProcesses;
import io.storyline.ingestion.extraction.child.ChildParserFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parsers under Storyline's limits (characters, memory, OCR languages and time); a parse that fails for
 * the file's sake ends in a reason from the closed set (ENCRYPTED, CORRUPT, TIMEOUT), a truncated one says so.
 * This is the one place Tika parses: in child JVMs ({@link ParserPool}) unless {@link ParserProcesses} says in
 * process.
 */
final class TikaParsing implements AutoCloseable {

    private static final String EMAIL = "message/rfc822";

    private final ExtractionLimits limits;
    private final boolean ocr;
    private final TikaConfig tika;
    private final AutoDetectParser autoDetect;
    private final Set<MediaType> supported;
    private final ParserPool pool;

    TikaParsing(ExtractionLimits limits, boolean ocr, ParserProcesses processes) {
        this.limits = limits;
        this.ocr = ocr;
        try {
            this.tika = new TikaConfig(TikaParsing.class.getClassLoader());
        } catch (IOException | TikaException e) {
            throw new IllegalStateException("Tika cannot be configured: " + e.getMessage(), e);
        }
        this.autoDetect = new AutoDetectParser(tika);
        this.supported = Set.copyOf(autoDetect.getSupportedTypes(new ParseContext()));
        this.pool = processes.forked() ? new ParserPool(processes, limits.timeout()) : null;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    /** Whether one of Tika's parsers reads {@code type}. */
    boolean reads(String type) {
        MediaType media = MediaType.parse(type);
        return media != null && supported.contains(media);
    }

    record Parsed(String text, Metadata metadata, boolean truncated) {
    }

    /**
     * Parses a file of the type intake detected; {@code annotations} reads a PDF's annotations too. An e-mail is
     * parsed by its type, not detected again: a Usenet message is parsed as the e-mail it is asked to be read as.
     */
    Parsed parse(Path file, String filename, String type, boolean annotations)
            throws ExtractionFailedException, IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        metadata.set(Metadata.CONTENT_TYPE, type);
        return pool == null ? inProcess(file, filename, type, metadata, context(annotations))
                : forked(file, filename, type, metadata, context(annotations));
    }

    private Parsed inProcess(Path file, String filename, String type, Metadata metadata, ParseContext context)
            throws ExtractionFailedException, IOException {
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Parser byType = EMAIL.equals(type) ? tika.getParser() : autoDetect;
            byType.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw encrypted(filename, e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw corrupt(filename, type, e);
            }
            truncated = true;
        } catch (TikaException | IOException | RuntimeException | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw corrupt(filename, type, e);
            }
        }
        return new Parsed(TextNormalizer.normalize(handler.toString()), metadata, truncated);
    }

    /**
     * Parses in a child JVM. Its text streams back into a handler that keeps the first {@code maxChars} characters
     * and drops the rest without stopping the child (an exception thrown here would read as a dead child). An
     * e-mail is named as such to the child's detector, which reads a Usenet message as one.
     */
    private Parsed forked(Path file, String filename, String type, Metadata metadata, ParseContext context)
            throws ExtractionFailedException, IOException {
        if (EMAIL.equals(type)) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
        }
        ParseRecord record = new ParseRecord();
        ParseContext here = new ParseContext();
        here.set(ParseRecord.class, record);
        ToTextContentHandler text = new ToTextContentHandler();
        BodyContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(text, limits.maxChars(),
                false, here));
        long start = System.nanoTime();
        try (TikaInputStream in = TikaInputStream.get(file)) {
            pool.parser().parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw encrypted(filename, e);
        } catch (TikaException e) {
            if (ParserPool.childDied(e)) {
                throw died(filename, type, Duration.ofNanos(System.nanoTime() - start), e);
            }
            throw corrupt(filename, type, e);
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith(ChildParserFactory.ENCRYPTED)) {
                throw encrypted(filename, e);
            }
            if (ParserPool.couldNotStart(e)) {
                throw new IllegalStateException("no parser process could be started: " + message, e);
            }
            throw corrupt(filename, type, message.startsWith(ChildParserFactory.FAILED)
                    ? new IOException(message.substring(ChildParserFactory.FAILED.length()), e) : e);
        } catch (SAXException | RuntimeException e) {
            throw corrupt(filename, type, e);
        }
        return new Parsed(TextNormalizer.normalize(text.toString()), metadata, record.isWriteLimitReached());
    }

    /** A child that went away mid-parse: killed at the time limit (TIMEOUT), else out of memory or crashed. */
    private ExtractionFailedException died(String filename, String type, Duration took, TikaException e) {
        if (took.compareTo(pool.timeout()) >= 0) {
            return new ExtractionFailedException(FailureReason.TIMEOUT, "Reading \"" + filename + "\" took longer"
                    + " than " + pool.timeout().toSeconds() + " s (storyline.extraction.timeout-seconds), so its parser"
                    + " process was stopped. A very large or unusual file can do that; an archivist can retry it.", e);
        }
        return new ExtractionFailedException(FailureReason.CORRUPT, "\"" + filename + "\" stopped the process that"
                + " was reading it as " + describe(type) + String.format(Locale.ROOT, " after %.1f s", took.toMillis()
                / 1000.0) + ": it most likely needed more than the " + pool.maxHeapMb() + " MB a parser may use"
                + " (storyline.extraction.fork.max-heap-mb), or the parser crashed on it. The file may be damaged or"
                + " built to exhaust a reader; the original is kept.", e);
    }

    private static ExtractionFailedException encrypted(String filename, Exception e) {
        return new ExtractionFailedException(FailureReason.ENCRYPTED, "\"" + filename + "\" is password-protected,"
                + " so Storyline cannot read it. Upload a copy without the password.", e);
    }

    /** Limits for every parser; {@code annotations} reads a PDF's annotations (and, being a second reading, no OCR). */
    private ParseContext context(boolean annotations) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(annotations);
        pdf.setCatchIntermediateIOExceptions(true);
        pdf.setMaxMainMemoryBytes(256L * 1024 * 1024);
        pdf.setOcrStrategy(ocr && !annotations ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage(limits.ocrLanguages());
        tesseract.setTimeoutSeconds((int) Math.max(10, limits.timeout().toSeconds()));
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }

    private static ExtractionFailedException corrupt(String filename, String type, Throwable e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.length() > 300) {
            detail = detail.substring(0, 300) + "\u2026";
        }
        return new ExtractionFailedException(FailureReason.CORRUPT, "\"" + filename + "\" could not be read as "
                + describe(type) + "; it may be damaged or cut short. (" + detail + ")", e);
    }

    private static String describe(String type) {
        return switch (type) {
            case "application/pdf" -> "a PDF";
            case "text/plain" -> "text";
            case "application/rtf" -> "RTF";
            case "message/rfc822" -> "an e-mail";
            default -> type;
        };
    }
}
