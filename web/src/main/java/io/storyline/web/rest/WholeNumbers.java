package io.storyline.web.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Reads whole numbers of request bodies exactly. JSON-B on its own reads {@code 99999999999999999999} into a
 * {@code long} as some other number and {@code 1e400} or {@code 1.5} as 0 or 1, so an id could silently name
 * another row; these deserializers refuse any number that is not a whole number within the field's range
 * instead, with a {@link OutOfRange} the problem mapper answers with 400 and its message.
 */
final class WholeNumbers {

    /** The digits of a number repeated in a message at most. */
    private static final int ECHO = 40;

    private WholeNumbers() {
    }

    /** A number in a body that does not fit the field it is sent for. */
    static final class OutOfRange extends JsonbException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String message) {
            super(message);
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = read(parser);
            if (value == null) {
                return null;
            }
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw outOfRange(value, Long.MIN_VALUE, Long.MAX_VALUE);
            }
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = read(parser);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw outOfRange(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        }
    }

    /** The number the parser stands on; null for JSON's null. */
    private static BigDecimal read(JsonParser parser) {
        JsonValue value;
        try {
            value = parser.getValue();
        } catch (RuntimeException e) {
            throw new OutOfRange("The body holds a value where a whole number belongs that is not one.");
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            String text = value instanceof JsonString string ? string.getString() : value.toString();
            return new BigDecimal(text.strip());
        } catch (RuntimeException e) {
            // not a number at all, or one too long for the parser to hold
            throw new OutOfRange("The body holds a value where a whole number belongs that is not one.");
        }
    }

    private static OutOfRange outOfRange(BigDecimal value, long min, long max) {
        String shown = value.toString();
        shown = shown.length() <= ECHO ? shown : shown.substring(0, ECHO) + "…";
        return new OutOfRange("The body holds " + shown + " where a whole number from " + min + " to " + max
                + " belongs.");
    }
}
