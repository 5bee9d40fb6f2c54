package io.storyline.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    @Test
    void aNameCannotEndTheScriptAndReadsBackTheSame() {
        String name = "Linda</script><script>window.__pwned=1</script> & <!-- \u2028 \u2029 \"Greenfield\"";
        JsonObject config = Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(name)).build();
        String written = ScriptJson.of(config);
        for (String forbidden : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(written.contains(forbidden), forbidden + " in " + written);
        }
        JsonObject back = Json.createReader(new StringReader(written)).readObject();
        assertEquals(name, back.getJsonArray("labels").getString(0), "the same text for Chart.js");
    }
}
