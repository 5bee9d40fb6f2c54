package io.storyline.ingestion.extraction.internal;

import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import io.storyline.domain.document.Dateline;
import io.storyline.domain.document.ExtractedMetadata;
import io.storyline.domain.document.FailureReason;
import io.storyline.domain.document.LanguageSource;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.ingestion.extraction.ExtractionFailedException;
import io.storyline.ingestion.extraction.ExtractionLimits;
import io.storyline.ingestion.extraction.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The {@link Extractor}: HTML through {@link HtmlArticleReader}, everything else through Tika's
 * AutoDetectParser (PDF, text, RTF, ODF, e-mail; images and scanned PDF pages through Tesseract when it is
 * installed). Embedded documents are not parsed: archives are expanded by the pipeline, one document each.
 */
public final class TikaExtractor implements Extractor {

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final String PLAIN_TEXT = "text/plain";
    private static final int TITLE_LINE = 200;

    private final ExtractionLimits limits;
    private final TikaConfig tika;
    private final AutoDetectParser parser;
    private final boolean ocr;
    private final Set<MediaType> supported;
    private final LanguageGuesser languages = new LanguageGuesser();

    public TikaExtractor(ExtractionLimits limits) {
        this.limits = limits;
        try {
            this.tika = new TikaConfig(TikaExtractor.class.getClassLoader());
        } catch (IOException | TikaException e) {
            throw new IllegalStateException("Tika cannot be configured: " + e.getMessage(), e);
        }
        this.parser = new AutoDetectParser(tika);
        this.ocr = limits.ocr() && tesseractInstalled();
        this.supported = Set.copyOf(parser.getSupportedTypes(new ParseContext()));
    }

    private static boolean tesseractInstalled() {
        try {
            return new TesseractOCRParser().hasTesseract();
        } catch (TikaException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean ocrAvailable() {
        return ocr;
    }

    @Override
    public Extraction extract(Path file, String filename, String mediaType, LocalDate arrivedOn)
            throws ExtractionFailedException {
        String type = mediaType == null ? "application/octet-stream"
                : MediaType.parse(mediaType) == null ? mediaType : MediaType.parse(mediaType).getBaseType().toString();
        try (TikaInputStream in = TikaInputStream.get(file)) {
            if (in.getLength() == 0) {
                throw new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" is empty.");
            }
            if (HTML.contains(type)) {
                return fromHtml(in, filename, arrivedOn);
            }
            if (PLAIN_TEXT.equals(type)) {
                return fromPlainText(in, filename, arrivedOn);
            }
            if (type.startsWith("image/")) {
                if (!ocr) {
                    throw new ExtractionFailedException(FailureReason.NEEDS_OCR, "\"" + filename + "\" is an image;"
                            + " its text can only be read with OCR, and Tesseract is not installed on this server.");
                }
            } else if (!supported(type)) {
                throw new ExtractionFailedException(FailureReason.UNSUPPORTED_TYPE, unsupported(filename, type));
            }
            return fromTika(in, filename, type, arrivedOn);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the original of \"" + filename + "\" failed", e);
        }
    }

    private boolean supported(String type) {
        MediaType media = MediaType.parse(type);
        return media != null && supported.contains(media) && !"application/octet-stream".equals(type);
    }

    static String unsupported(String filename, String type) {
        if ("application/octet-stream".equals(type)) {
            return "\"" + filename + "\" does not look like text, a PDF, a web page or any other format Storyline"
                    + " reads: its bytes are binary data of no known kind, whatever its name says.";
        }
        return "\"" + filename + "\" is " + type + ", a kind of file Storyline does not read. It reads text, PDF,"
                + " HTML, RTF, OpenDocument and e-mail (.eml); save the document in one of those and upload it again.";
    }

    private Extraction fromHtml(InputStream in, String filename, LocalDate arrivedOn) throws ExtractionFailedException {
        String html = TextDecoder.decode(in, filename, Math.max(limits.maxChars() * 4L, 1L << 20), true);
        HtmlArticleReader.Page page = HtmlArticleReader.read(html, null);
        Text text = cut(TextNormalizer.normalize(page.text()));
        if (text.value().isBlank()) {
            throw new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" has no readable text.");
        }
        List<DateCandidate> dates = new ArrayList<>(page.dates());
        Dateline.dating(text.value(), arrivedOn).flatMap(Dateline::asCandidate).ifPresent(dates::add);
        Language language = language(text.value(), page.declaredLanguage());
        return new Extraction(text.value(), new ExtractedMetadata(page.title(), page.byline(), page.publisher(),
                page.url(), language.code(), language.source(), null, text.value().length(), text.truncated(), dates));
    }

    private Extraction fromPlainText(InputStream in, String filename, LocalDate arrivedOn) throws ExtractionFailedException {
        String chars = TextDecoder.decode(in, filename, limits.maxChars() + 1L, false);
        Text text = cut(TextNormalizer.normalize(chars));
        boolean truncated = text.truncated() || chars.length() > limits.maxChars();
        if (text.value().isBlank()) {
            throw new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" holds only blank lines.");
        }
        List<DateCandidate> dates = new ArrayList<>();
        Dateline.dating(text.value(), arrivedOn).flatMap(Dateline::asCandidate).ifPresent(dates::add);
        Language language = language(text.value(), null);
        return new Extraction(text.value(), new ExtractedMetadata(firstLineTitle(text.value()), null, null, null,
                language.code(), language.source(), null, text.value().length(), truncated, dates));
    }

    private Extraction fromTika(TikaInputStream in, String filename, String type, LocalDate arrivedOn) throws ExtractionFailedException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        metadata.set(Metadata.CONTENT_TYPE, type);
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        boolean truncated = false;
        try {
            parser.parse(in, handler, metadata, context());
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
        String text = TextNormalizer.normalize(handler.toString());
        if (text.isBlank()) {
            throw empty(filename, type);
        }
        List<DateCandidate> dates = new ArrayList<>();
        Dateline.dating(text, arrivedOn).flatMap(Dateline::asCandidate).ifPresent(dates::add);
        Optional.ofNullable(metadata.getDate(TikaCoreProperties.CREATED))
                .map(d -> DateParsing.fromUtc(type.equals("application/pdf") ? DateSource.PDF_INFO : DateSource.FILE_INFO,
                        d, metadata.get(TikaCoreProperties.CREATED)))
                .ifPresent(dates::add);
        String title = Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)).filter(t -> !t.isBlank())
                .orElseGet(() -> firstLineTitle(text));
        Language language = language(text, null);
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return new Extraction(text, new ExtractedMetadata(title, metadata.get(TikaCoreProperties.CREATOR), null, null,
                language.code(), language.source(), pages, text.length(), truncated, dates));
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setCatchIntermediateIOExceptions(true);
        pdf.setMaxMainMemoryBytes(256L * 1024 * 1024);
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage(limits.ocrLanguages());
        tesseract.setTimeoutSeconds((int) Math.max(10, limits.timeout().toSeconds()));
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }

    private ExtractionFailedException empty(String filename, String type) {
        if ("application/pdf".equals(type) && !ocr) {
            return new ExtractionFailedException(FailureReason.NEEDS_OCR, "\"" + filename + "\" has no text layer: it"
                    + " looks like a scan. Its text can only be read with OCR, and Tesseract is not installed on this"
                    + " server.");
        }
        return new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" has no readable text"
                + (ocr && ("application/pdf".equals(type) || type.startsWith("image/")) ? ", even with OCR." : "."));
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

    /**
     * The first line of a plain text, when it is short, reads like a headline rather than a sentence, and text
     * follows it.
     */
    static String firstLineTitle(String text) {
        int end = text.indexOf('\n');
        if (end < 0 || text.substring(end).isBlank()) {
            return null;
        }
        String line = text.substring(0, end).strip();
        if (line.isEmpty() || line.length() > TITLE_LINE || line.endsWith(".") && line.split("\\s+").length > 12) {
            return null;
        }
        return line;
    }

    private record Text(String value, boolean truncated) {
    }

    private Text cut(String text) {
        return text.length() > limits.maxChars() ? new Text(text.substring(0, limits.maxChars()), true)
                : new Text(text, false);
    }

    private record Language(String code, LanguageSource source) {
    }

    private Language language(String text, String declared) {
        Optional<String> detected = languages.guess(text);
        if (detected.isPresent()) {
            return new Language(detected.get(), LanguageSource.DETECTED);
        }
        if (declared != null && declared.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}")) {
            String[] parts = declared.split("[-_]");
            StringBuilder code = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
            for (int i = 1; i < parts.length; i++) {
                code.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
            }
            return new Language(code.toString(), LanguageSource.DECLARED);
        }
        return new Language(null, null);
    }
}
