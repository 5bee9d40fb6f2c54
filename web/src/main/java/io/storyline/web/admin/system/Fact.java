package io.storyline.web.admin.system;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One named value of the system report, as the page lists it. */
public final class Fact implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String value;

    public Fact(String name, Object value) {
        this.name = name;
        this.value = String.valueOf(value);
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    /** The facts as a JSON object, in their order. */
    public static Map<String, String> asMap(List<Fact> facts) {
        Map<String, String> map = new LinkedHashMap<>();
        facts.forEach(f -> map.put(f.name, f.value));
        return map;
    }
}
