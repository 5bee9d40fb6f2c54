package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.FailureReason;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import io.storyline.ingestion.extraction.ExtractionLimits;
import java.io.IOException;
import java.nio.file.Path;
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
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parsers under Storyline's limits (characters, memory, OCR languages and time); a parse that fails for
 * the file's sake ends in a reason from the closed set (ENCRYPTED, CORRUPT), a truncated one says so.
 */
final class TikaParsing {

    private final ExtractionLimits limits;
    private final boolean ocr;
    private final TikaConfig tika;
    private final AutoDetectParser autoDetect;
    private final Set<MediaType> supported;

    TikaParsing(ExtractionLimits limits, boolean ocr) {
        this.limits = limits;
        this.ocr = ocr;
        try {
            this.tika = new TikaConfig(TikaParsing.class.getClassLoader());
        } catch (IOException | TikaException e) {
            throw new IllegalStateException("Tika cannot be configured: " + e.getMessage(), e);
        }
        this.autoDetect = new AutoDetectParser(tika);
        this.supported = Set.copyOf(autoDetect.getSupportedTypes(new ParseContext()));
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
        ParseContext context = context(annotations);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        metadata.set(Metadata.CONTENT_TYPE, type);
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Parser byType = "message/rfc822".equals(type) ? tika.getParser() : autoDetect;
            byType.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionFailedException(FailureReason.ENCRYPTED, "\"" + filename + "\" is password-protected,"
                    + " so Storyline cannot read it. Upload a copy without the password.", e);
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
