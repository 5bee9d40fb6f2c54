package io.storyline.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as API.md promises it: every field present, {@code null} when unknown, UTF-8; whole numbers in request
 * bodies read exactly or refused ({@link WholeNumbers}).
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = create();

    static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withNullValues(true)
                .withDeserializers(new WholeNumbers.Longs(), new WholeNumbers.Integers()));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
