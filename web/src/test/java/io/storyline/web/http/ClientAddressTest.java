package io.storyline.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theForwardedAddressAndSchemeAreBelievedOnlyFromATrustedProxy() {
        var proxies = ClientAddress.parse(" 10.0.0.254 , ::1");
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.254", "203.0.113.9", proxies));
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.254", "1.2.3.4, 203.0.113.9, ::1", proxies),
                "the last hop that is not one of ours; earlier ones could be forged");
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", "1.2.3.4", proxies),
                "anyone else's header is ignored");
        assertEquals("10.0.0.254", ClientAddress.resolve("10.0.0.254", "<script>", proxies));
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", "1.2.3.4", ClientAddress.parse("")));

        assertEquals("https", ClientAddress.scheme("http", "10.0.0.254", "https", proxies));
        assertEquals("http", ClientAddress.scheme("http", "198.51.100.7", "https", proxies), "not from our proxy");
        assertEquals("http", ClientAddress.scheme("http", "10.0.0.254", "gopher", proxies));
        assertEquals("https", ClientAddress.scheme("HTTPS", "198.51.100.7", null, proxies));
    }
}
