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
import io.storyline.ingestion.extraction.ParserProcesses;
import io.storyline.ingestion.extraction.internal.wire.NewsArticle;
import io.storyline.ingestion.extraction.internal.wire.NewsXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * The {@link Extractor}, and the rules for what is read how: HTML through {@link HtmlArticleReader}; every
 * {@code text/*} as text ({@link TextDecoder}); news XML (NewsML-G2, NITF, TimeML, a plain XML article) through
 * {@link NewsXml}, and XML that is not well-formed as its text; a Usenet message as an e-mail; everything Tika has a parser for
 * through {@link TikaParsing} (PDF, RTF, ODF, e-mail; images and scanned PDF pages through Tesseract when it is
 * installed); anything else as text when its bytes are text, and refused as UNSUPPORTED_TYPE when they are not.
 * Embedded documents are not parsed: archives are expanded by the pipeline, one document each.
 */
public final class TikaExtractor implements Extractor {

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final String PLAIN_TEXT = "text/plain";
    private static final String UNKNOWN = "application/octet-stream";
    private static final String NEWS = "message/news";
    private static final int TITLE_LINE = 200;

    private final ExtractionLimits limits;
    private final TikaParsing tika;
    private final boolean ocr;
    private final LanguageGuesser languages = new LanguageGuesser();

    /** The extractor with Tika's parsers in this JVM. */
    public TikaExtractor(ExtractionLimits limits) {
        this(limits, ParserProcesses.inProcess());
    }

    /** The extractor with Tika's parsers where {@code processes} says (in child JVMs, or in this one). */
    public TikaExtractor(ExtractionLimits limits, ParserProcesses processes) {
        this.limits = limits;
        this.ocr = limits.ocr() && tesseractInstalled();
        this.tika = new TikaParsing(limits, ocr, processes);
    }

    @Override
    public void close() {
        tika.close();
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
        String type = mediaType == null ? UNKNOWN
                : MediaType.parse(mediaType) == null ? mediaType : MediaType.parse(mediaType).getBaseType().toString();
        try {
            if (Files.size(file) == 0) {
                throw new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" is empty.");
            }
            if (HTML.contains(type)) {
                return fromHtml(file, filename, arrivedOn);
            }
            if (NewsXml.mayBe(type)) {
                Optional<Extraction> news = fromNewsXml(file, filename, arrivedOn);
                if (news.isPresent()) {
                    return news.get();
                }
            }
            if (type.startsWith("text/")) {
                // Every text/* is text (robots.txt, TSV, CSV, source code, vCards...): read it as such.
                return fromPlainText(file, filename, UNKNOWN, arrivedOn, PLAIN_TEXT.equals(type) ? List.of()
                        : List.of("read as plain text (Tika calls it " + type + ")"));
            }
            if (NEWS.equals(type)) {
                return fromNews(file, filename, arrivedOn);
            }
            if (type.startsWith("image/")) {
                if (!ocr) {
                    throw new ExtractionFailedException(FailureReason.NEEDS_OCR, "\"" + filename + "\" is an image;"
                            + " its text can only be read with OCR, and Tesseract is not installed on this server.");
                }
            } else if (!supported(type)) {
                // No reader for the type; the bytes may still be text (a table Tika calls ISA-Tab, say). Binary
                // data is refused, with the type in the message.
                return fromPlainText(file, filename, type, arrivedOn, List.of("read as plain text: Tika calls it "
                        + type + ", which Storyline has no reader for, but its bytes are text"));
            }
            return fromTika(file, filename, type, arrivedOn);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the original of \"" + filename + "\" failed", e);
        }
    }

    private boolean supported(String type) {
        return tika.reads(type) && !UNKNOWN.equals(type);
    }

    static String unsupported(String filename, String type) {
        if ("application/octet-stream".equals(type)) {
            return "\"" + filename + "\" does not look like text, a PDF, a web page or any other format Storyline"
                    + " reads: its bytes are binary data of no known kind, whatever its name says.";
        }
        return "\"" + filename + "\" is " + type + ", a kind of file Storyline does not read. It reads text, PDF,"
                + " HTML, RTF, OpenDocument and e-mail (.eml); save the document in one of those and upload it again.";
    }

    private Extraction fromHtml(Path file, String filename, LocalDate arrivedOn) throws ExtractionFailedException,
            IOException {
        TextDecoder.Decoded html;
        try (InputStream in = Files.newInputStream(file)) {
            html = TextDecoder.decode(in, filename, UNKNOWN, Math.max(limits.maxChars() * 4L, 1L << 20), true);
        }
        HtmlArticleReader.Page page = HtmlArticleReader.read(html.text(), null);
        Text text = cut(TextNormalizer.normalize(page.text()));
        if (text.value().isBlank()) {
            throw new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" has no readable text.");
        }
        List<DateCandidate> dates = new ArrayList<>(page.dates());
        Dateline.dating(text.value(), arrivedOn).flatMap(Dateline::asCandidate).ifPresent(dates::add);
        Language language = language(text.value(), page.declaredLanguage());
        return new Extraction(text.value(), new ExtractedMetadata(page.title(), page.byline(), page.publisher(),
                page.url(), language.code(), language.source(), null, text.value().length(), text.truncated(), dates,
                html.unclean()), List.of(html.how()));
    }

    /**
     * Reads a file as plain text; {@code type} names it if its bytes turn out to be binary ({@code
     * application/octet-stream} when it was meant to be text).
     */
    private Extraction fromPlainText(Path file, String filename, String type, LocalDate arrivedOn, List<String> notes)
            throws ExtractionFailedException, IOException {
        return fromPlainText(file, filename, type, arrivedOn, notes, false);
    }

    /** ... and with {@code xml}, its markup left out, leniently (for XML that is not well-formed). */
    private Extraction fromPlainText(Path file, String filename, String type, LocalDate arrivedOn, List<String> notes,
                                     boolean xml) throws ExtractionFailedException, IOException {
        TextDecoder.Decoded chars;
        try (InputStream in = Files.newInputStream(file)) {
            chars = TextDecoder.decode(in, filename, type, xml ? xmlChars() : limits.maxChars() + 1L, false);
        }
        NewsXml.Lenient lenient = xml ? NewsXml.lenient(chars.text()) : new NewsXml.Lenient(chars.text(), null);
        Text text = cut(TextNormalizer.normalize(lenient.text()));
        boolean truncated = text.truncated() || chars.text().length() > (xml ? xmlChars() - 1 : limits.maxChars());
        if (text.value().isBlank()) {
            throw new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" holds only blank lines.");
        }
        List<DateCandidate> dates = new ArrayList<>();
        Dateline.dating(text.value(), arrivedOn).flatMap(Dateline::asCandidate).ifPresent(dates::add);
        Language language = language(text.value(), null);
        List<String> how = new ArrayList<>(notes);
        how.add(chars.how());
        String title = lenient.title() != null ? lenient.title() : firstLineTitle(text.value());
        return new Extraction(text.value(), new ExtractedMetadata(title, null, null, null,
                language.code(), language.source(), null, text.value().length(), truncated, dates, chars.unclean()),
                how);
    }

    /**
     * News XML read by its format's mapping (see {@link NewsXml}); empty for other XML, which is read as before. XML
     * that is not well-formed, or declares a DTD of its own, is read as its text without markup, with the reason.
     */
    private Optional<Extraction> fromNewsXml(Path file, String filename, LocalDate arrivedOn)
            throws ExtractionFailedException, IOException {
        NewsArticle news;
        try {
            news = NewsXml.read(file, xmlChars()).orElse(null);
        } catch (NewsXml.Unreadable e) {
            return Optional.of(fromPlainText(file, filename, UNKNOWN, arrivedOn, List.of("read as plain XML text, not"
                    + " as news XML: " + e.getMessage()), true));
        }
        if (news == null) {
            return Optional.empty();
        }
        Text text = cut(TextNormalizer.normalize(news.textWithDateline()));
        if (text.value().isBlank()) {
            throw new ExtractionFailedException(FailureReason.NO_TEXT, "\"" + filename + "\" is " + news.format()
                    + " without any text.");
        }
        List<DateCandidate> dates = new ArrayList<>();
        Optional.ofNullable(news.date()).ifPresent(dates::add);
        Dateline.dating(text.value(), arrivedOn).flatMap(Dateline::asCandidate).ifPresent(dates::add);
        Language language = language(text.value(), news.language());
        List<String> notes = new ArrayList<>(List.of("read as " + news.format()));
        notes.addAll(news.notes());
        return Optional.of(new Extraction(text.value(), new ExtractedMetadata(Optional.ofNullable(news.title())
                .orElseGet(() -> firstLineTitle(text.value())), news.byline(), news.publisher(), null, language.code(),
                language.source(), null, text.value().length(), text.truncated(), dates), notes, news.subjects()));
    }

    /** The most characters of XML read: markup takes room besides the text kept. */
    private long xmlChars() {
        return Math.max(limits.maxChars() * 4L, 1L << 20);
    }

    /**
     * A Usenet message has an e-mail's headers and body: it is read as an e-mail (subject, author, date), or as
     * plain text when it is not well-formed enough for that.
     */
    private Extraction fromNews(Path file, String filename, LocalDate arrivedOn) throws ExtractionFailedException,
            IOException {
        try {
            Extraction mail = fromTika(file, filename, "message/rfc822", arrivedOn);
            return new Extraction(mail.text(), mail.metadata(), List.of("read as an e-mail: Tika calls it " + NEWS
                    + " (a Usenet message), whose headers and body are an e-mail's"));
        } catch (ExtractionFailedException e) {
            return fromPlainText(file, filename, UNKNOWN, arrivedOn, List.of("read as plain text: Tika calls it "
                    + NEWS + ", but it could not be read as an e-mail (" + e.getMessage() + ")"));
        }
    }

    /**
     * Reads a file with Tika. A PDF with no text on its pages is read again for the text of its annotations
     * (comments, sticky notes), which is left out otherwise: on ordinary pages they are mostly link addresses.
     */
    private Extraction fromTika(Path file, String filename, String type, LocalDate arrivedOn)
            throws ExtractionFailedException, IOException {
        TikaParsing.Parsed parsed = tika.parse(file, filename, type, false);
        List<String> notes = new ArrayList<>();
        if (parsed.text().isBlank() && "application/pdf".equals(type)) {
            TikaParsing.Parsed annotations = tika.parse(file, filename, type, true);
            if (!annotations.text().isBlank()) {
                parsed = annotations;
                notes.add("text read from the PDF's annotations: its pages have no text of their own");
            }
        }
        String text = parsed.text();
        if (text.isBlank()) {
            throw empty(filename, type);
        }
        Metadata metadata = parsed.metadata();
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
                language.code(), language.source(), pages, text.length(), parsed.truncated(), dates), notes);
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
