package io.storyline.it.security;

import static io.storyline.it.security.Requests.PROBLEM;
import static io.storyline.it.security.Requests.basicAdmin;
import static io.storyline.it.security.Requests.hostPort;
import static io.storyline.it.security.Requests.plainProblem;
import static io.storyline.it.security.Requests.rawExchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.security.Session.User;
import io.storyline.it.support.Api;
import io.storyline.it.support.SharedServer;
import io.storyline.it.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outside security review found about uploads: they are bounded near the limit before they are read, and a
 * refused one leaves no temporary copy behind.
 */
@ExtendWith(SharedServer.class)
class UploadBoundsIT {

    @Test
    void uploadsAreBoundedNearTheLimitBeforeTheyAreRead() throws IOException {
        long tooLong = TestServer.maxUploadBytes() + (2L << 20);
        String declared = rawExchange("POST /api/documents HTTP/1.1\r\nHost: " + hostPort() + "\r\nAuthorization: "
                + basicAdmin() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + tooLong
                + "\r\n\r\n");
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains(PROBLEM) && declared.contains("storyline.upload.max-bytes"), declared);
        assertTrue(declared.toLowerCase(java.util.Locale.ROOT).contains("x-content-type-options: nosniff"),
                "the security headers of every answer: " + declared);

        String chunked = rawExchange("POST /api/documents HTTP/1.1\r\nHost: " + hostPort() + "\r\nAuthorization: "
                + basicAdmin() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked"
                + "\r\n\r\n");
        assertTrue(chunked.startsWith("HTTP/1.1 411"), chunked);
        assertTrue(chunked.contains("Content-Length"), chunked);

        Session archivist = Session.signedIn(User.create("ARCHIVIST"));
        String page = rawExchange("POST /documents/upload.xhtml HTTP/1.1\r\nHost: " + hostPort() + "\r\nCookie: "
                + "JSESSIONID=" + archivist.cookie("JSESSIONID").orElseThrow() + "\r\nContent-Type: multipart/form-data;"
                + " boundary=x\r\nContent-Length: " + tooLong + "\r\n\r\n");
        assertTrue(page.startsWith("HTTP/1.1 413"), page);
        assertTrue(page.contains("storyline.upload.max-bytes"), page);
    }

    @Test
    void aRefusedOversizedFileLeavesNoTemporaryCopy() throws IOException {
        String marker = "temporary-copy-" + UUID.randomUUID();
        byte[] bytes = new byte[(int) TestServer.maxUploadBytes() + 100_000];
        java.util.Arrays.fill(bytes, (byte) 'x');
        byte[] head = (marker + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Instant before = Instant.now().minusSeconds(2);

        HttpResponse<String> refused = Api.asAdmin().postFiles("api/documents", Api.file("oversized.txt", bytes),
                Map.of());
        assertEquals(null, plainProblem(refused, 413));
        assertTrue(refused.body().contains("oversized.txt"), refused.body());

        List<Path> left = copiesOf(marker, before);
        assertTrue(left.isEmpty(), "temporary copies of the refused upload remain: " + left);
    }


    /** Files of the server's temporary folders, changed since {@code since}, that hold the marker. */
    private static List<Path> copiesOf(String marker, Instant since) throws IOException {
        List<Path> found = new ArrayList<>();
        byte[] wanted = marker.getBytes(StandardCharsets.US_ASCII);
        List<Path> folders = List.of(Path.of(System.getProperty("it.base.dir"), "tmp"),
                Path.of(System.getProperty("java.io.tmpdir")));
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            // the server's own folder in depth; the shared system folder only at its top, where copies are put
            try (Stream<Path> files = i == 0 ? Files.walk(folder) : Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (modifiedSince(f, since) && startsWith(f, wanted)) {
                        found.add(f);
                    }
                }
            } catch (UncheckedIOException gone) {
                // a file of someone else's went away while listed
            }
        }
        return found;
    }

    private static boolean modifiedSince(Path f, Instant since) {
        try {
            FileTime time = Files.getLastModifiedTime(f);
            return time.toInstant().isAfter(since);
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean startsWith(Path f, byte[] wanted) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(4096);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            return text.contains(new String(wanted, StandardCharsets.ISO_8859_1));
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }
}
