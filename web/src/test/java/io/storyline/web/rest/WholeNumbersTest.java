package io.storyline.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole numbers in request bodies are read exactly or refused with a message; never wrapped or rounded. */
class WholeNumbersTest {

    public record Body(Long id, Integer order, List<Long> ids) {
    }

    private final Jsonb jsonb = JsonConfiguration.create();

    @Test
    void numbersThatFitAreReadExactly() {
        Body body = jsonb.fromJson("{\"id\": 9223372036854775807, \"order\": -2147483648, \"ids\": [1, 2]}",
                Body.class);
        assertEquals(Long.MAX_VALUE, body.id());
        assertEquals(Integer.MIN_VALUE, body.order());
        assertEquals(List.of(1L, 2L), body.ids());
        assertNull(jsonb.fromJson("{\"id\": null}", Body.class).id());
        assertEquals(40L, jsonb.fromJson("{\"id\": 4e1}", Body.class).id());
    }

    @Test
    void hugeTinyAndFractionalNumbersAreRefusedWithTheirValue() {
        assertRefused("{\"id\": 99999999999999999999}", "99999999999999999999");
        assertRefused("{\"id\": -99999999999999999999}", "-99999999999999999999");
        assertRefused("{\"id\": 1e400}", "1E+400");
        assertRefused("{\"id\": 1.5}", "1.5");
        assertRefused("{\"order\": 2147483648}", "2147483648");
        assertRefused("{\"ids\": [1, 99999999999999999999]}", "99999999999999999999");
    }

    @Test
    void theMapperNamesTheFieldAndTheValue() {
        JsonbException thrown = assertThrows(JsonbException.class,
                () -> jsonb.fromJson("{\"id\": 99999999999999999999}", Body.class));
        String message = ProblemMappers.UnreadableBody.outOfRange(new ProcessingException(
                "RESTEASY008200: JSON Binding deserialization error", thrown));
        assertTrue(message.contains("99999999999999999999") && message.contains("whole number"), message);
        assertTrue(message.startsWith("\"id\": "), message);
    }

    private void assertRefused(String json, String shown) {
        JsonbException thrown = assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Body.class));
        String message = ProblemMappers.UnreadableBody.outOfRange(thrown);
        assertTrue(message != null && message.contains(shown), json + " -> " + message);
    }
}
