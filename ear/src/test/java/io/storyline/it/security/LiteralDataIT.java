package io.storyline.it.security;

import static io.storyline.it.security.Requests.basicAdmin;
import static io.storyline.it.security.Requests.raw;
import static io.storyline.it.security.Requests.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.it.security.Session.User;
import io.storyline.it.support.Api;
import io.storyline.it.support.Reports;
import io.storyline.it.support.SharedServer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outside security review found about data given back: originals are served as what Storyline knows them
 * to be, names keep their apostrophes, and LIKE filters take % and _ literally.
 */
@ExtendWith(SharedServer.class)
class LiteralDataIT {

    @Test
    void unidentifiedBytesAreServedAsOctetStreamAndNamesKeepTheirApostrophes() {
        String boundary = "robust-" + UUID.randomUUID();
        byte[] mystery = new byte[3000];
        new Random(42).nextBytes(mystery);
        String text = "Notes from the harbour meeting " + UUID.randomUUID() + ".\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mystery.qqq\""
                + "\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(mystery);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"O'Brien's notes.txt\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = raw("POST", "api/documents", "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), Map.of("Authorization", basicAdmin()));
        assertEquals(202, posted.statusCode(), posted.body());
        var receipts = Api.array(posted);
        assertEquals("O'Brien's notes.txt", receipts.getJsonObject(1).getString("filename"));
        long notes = receipts.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals("O'Brien's notes.txt", Api.object(Api.asAdmin().get("api/documents/" + notes))
                .getString("filename"));

        long id = receipts.getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> original = Api.asAdmin().getBytes("api/documents/" + id + "/original");
        assertEquals(200, original.statusCode());
        assertEquals("application/octet-stream", original.headers().firstValue("Content-Type").orElse(""),
                "the declared text/html is not echoed");
        assertTrue(original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", original.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(java.util.Arrays.equals(mystery, original.body()), "the bytes as uploaded");
    }


    @Test
    void percentAndUnderscoreInTheEntityFilterAreTakenLiterally() {
        Reports.analysed("Wildcard check " + UUID.randomUUID().toString().substring(0, 8) + "\n\nGENEVA, March 5 -"
                + " Angela Merkel met officials of the World Health Organization in Geneva on Monday.\n", "2024-03-05");
        Api reader = Api.newUser("READER", "Robust-Reader-1");
        assertTrue(total(reader.get("api/entities?q=merkel")) >= 1, "the filter finds names");
        assertTrue(total(reader.get("api/entities")) >= 1);
        assertEquals(0, total(reader.get("api/entities?q=%25")), "% is no wildcard");
        assertEquals(0, total(reader.get("api/entities?q=_")), "_ is no wildcard");
        assertEquals(0, total(reader.get("api/entities?q=m%25rkel")));
        Session page = Session.signedIn(User.admin());
        HttpResponse<String> list = page.get("entities/list.xhtml?q=%25");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("Angela Merkel"), "the page's filter takes % literally too");
    }

}
