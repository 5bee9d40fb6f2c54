package io.storyline.ingestion.extraction.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.storyline.domain.document.DateCandidate;
import io.storyline.domain.document.DateSource;
import io.storyline.ingestion.extraction.Extraction;
import io.storyline.ingestion.extraction.ExtractionLimits;
import io.storyline.ingestion.extraction.internal.TikaExtractor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML: nothing a file declares is ever fetched or read (a local file, a DTD or an entity over HTTP, served
 * here by a server that counts every request), and entity bombs do not explode; and the ISO dates and datelines of
 * the wire formats.
 */
class NewsXmlTest {

    private static final String SECRET = "the-archive-root-password-is-hunter2";
    private static final String G2 = "http://iptc.org/std/nar/2006-10-01/";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void server() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] dtd = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String item(String doctype, String headline) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<newsItem xmlns=\"" + G2 + "\"><contentMeta><headline>"
                + headline + "</headline></contentMeta><contentSet><inlineData>The story.</inlineData></contentSet>"
                + "</newsItem>\n";
    }

    @Test
    void anExternalEntityNamingALocalFileIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xxe = item("<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "Leak: &xxe;");

        NewsXml.Unreadable refused = assertThrows(NewsXml.Unreadable.class,
                () -> NewsXml.read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains("DOCTYPE declares entities"), refused.getMessage());

        Path file = Files.writeString(dir.resolve("xxe.xml"), xxe);
        Extraction read = new TikaExtractor(new ExtractionLimits(100_000, Duration.ofSeconds(30), false, "eng"))
                .extract(file, "xxe.xml", "application/xml", LocalDate.of(2026, 12, 1));
        String everything = read.text() + read.metadata() + read.notes();
        assertFalse(everything.contains(SECRET), everything);
        assertTrue(read.notes().get(0).startsWith("read as plain XML text, not as news XML"), read.notes().toString());
    }

    @Test
    void noDtdOrEntityIsFetchedOverTheNetwork() throws Exception {
        String namedDtd = item("<!DOCTYPE newsItem SYSTEM \"" + url("/nitf-3-6.dtd") + "\">", "Harbour plan");
        String parameterEntity = item("<!DOCTYPE newsItem [<!ENTITY % remote SYSTEM \"" + url("/evil.dtd")
                + "\"> %remote;]>", "Leak: &leak;");
        String generalEntity = item("<!DOCTYPE newsItem [<!ENTITY page SYSTEM \"" + url("/page") + "\">]>",
                "Leak: &page;");

        Optional<NewsArticle> named = NewsXml.read(namedDtd.getBytes(StandardCharsets.UTF_8));
        assertEquals("Harbour plan", named.orElseThrow().title(), "a DOCTYPE naming a DTD is allowed and ignored");
        for (String hostile : List.of(parameterEntity, generalEntity)) {
            assertThrows(NewsXml.Unreadable.class, () -> NewsXml.read(hostile.getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), requests, "nothing was fetched");
    }

    @Test
    void anEntityBombIsRefusedAtOnce() {
        StringBuilder bomb = new StringBuilder("<!DOCTYPE newsItem [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String xml = item(bomb.append("]>").toString(), "&lol9;");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(NewsXml.Unreadable.class,
                () -> NewsXml.read(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void isoDatesInTheWireFormatsSpellings() {
        assertEquals(OffsetDateTime.parse("2026-05-05T09:30:00+02:00"), time("2026-05-05T09:30:00+02:00"));
        assertEquals(OffsetDateTime.parse("2026-05-05T09:30:00Z"), time("2026-05-05T09:30:00.250Z"));
        assertEquals(OffsetDateTime.parse("2026-10-14T18:30:00+02:00"), time("20261014T183000+0200"));
        assertEquals(OffsetDateTime.parse("2026-10-14T18:30:00-05:00"), time("20261014T1830-05"));
        DateCandidate local = IsoDates.candidate(DateSource.WIRE_METADATA, "2026-05-05T23:30:00").orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 5), local.day());
        assertTrue(local.time().isEmpty(), "a time without an offset is a day");
        assertEquals(LocalDate.of(1998, 1, 8), IsoDates.candidate(DateSource.XML_ELEMENT, "19980108").orElseThrow().day());
        for (String nonsense : List.of("2026-02-30", "May 5, 2026", "PRESENT_REF", "1998-W02", "")) {
            assertTrue(IsoDates.candidate(DateSource.XML_ELEMENT, nonsense).isEmpty(), nonsense);
        }
    }

    private static OffsetDateTime time(String raw) {
        return IsoDates.candidate(DateSource.WIRE_METADATA, raw).orElseThrow().time().orElseThrow();
    }

    @Test
    void theDatelineOpensTheFirstParagraphBelowARepeatedHeadline() {
        NewsArticle article = new NewsArticle("NITF", "Port reopens", null, null, "HAMBURG, March 3", null,
                "Port reopens\n\nShips sailed again on Monday.", null, List.of(), List.of());
        assertEquals("Port reopens\n\nHAMBURG, March 3 \u2014 Ships sailed again on Monday.", article.textWithDateline());

        NewsArticle printed = new NewsArticle("NITF", "Port reopens", null, null, "HAMBURG, March 3", null,
                "HAMBURG, March 3 - Ships sailed again on Monday.", null, List.of(), List.of());
        assertEquals("HAMBURG, March 3 - Ships sailed again on Monday.", printed.textWithDateline(),
                "a text that already opens with its dateline keeps it once");
    }
}
