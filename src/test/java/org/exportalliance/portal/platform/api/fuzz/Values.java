package org.exportalliance.portal.platform.api.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Values for a schema: a plausible valid one (so that a request gets past the first check and reaches the code
 * behind it), and the hostile ones the issue lists. Seeded, so that a run can be repeated exactly.
 */
final class Values {

    static final List<Object> WRONG_TYPES = List.of(12345, -1, true, "text", List.of(), Map.of(), 1.5);
    static final List<Object> NUMBERS = List.of(new Raw("1e999999999"), new Raw("-1e999999999"),
            new Raw("99999999999999999999999999999999999999"), 1e308, -1e308, -1, 0, new Raw("0.00000000000000000001"),
            Long.MAX_VALUE, Integer.MIN_VALUE, "NaN", new Raw("1e-999999999"));
    static final List<String> DATES = List.of("2027-02-30", "31/12/2027", "", "9999-99-99", "0000-01-01",
            "2027-13-01", "yesterday", "2027-01-01T25:00:00Z", "+999999999-12-31");
    static final List<String> IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "",
            "' or 1=1 --", "../../etc/passwd", UUID.randomUUID() + "x");

    private final Random random;
    private final Supplier<String> knownId;

    Values(Random random, Supplier<String> knownId) {
        this.random = random;
        this.knownId = knownId;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Text that people (and attackers) type. */
    String hostileText() {
        return pick(List.of("", " ", "a".repeat(100_000), "名".repeat(3000), "\u0000", "nul\u0000in the middle",
                "bell\u0007", "\u001b[31mred", "del\u007f", "c1\u0085", "line\nbreak", "tab\tbed",
                "emoji 🧵🏭🚢", "🏳️‍🌈👨‍👩‍👧", "عربي نص من اليمين", "עברית", "\u202eevil\u202c", "\ufeffbom",
                "\ud800 lone surrogate", "' or '1'='1", "<script>alert(1)</script>", "%00", "${jndi:ldap://x}",
                "\\u0000", "null", "Ünïcödé Ñ", "\u200b\u200b"));
    }

    /** A valid-looking value for {@code schema}; {@code name} guides strings that follow a convention. */
    @SuppressWarnings("unchecked")
    Object valid(String name, Map<String, Object> schema, int depth) {
        if (schema.get("enum") instanceof List<?> options && !options.isEmpty()) {
            return options.get(random.nextInt(options.size()));
        }
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            type = types.stream().filter(t -> !"null".equals(t)).map(String::valueOf).findFirst().orElse("string");
        }
        if (type == null && schema.get("oneOf") instanceof List<?> one) {
            return valid(name, (Map<String, Object>) one.getFirst(), depth);
        }
        if (type == null && schema.get("allOf") instanceof List<?> all) {
            Map<String, Object> merged = new LinkedHashMap<>();
            all.forEach(part -> merged.putAll((Map<String, Object>) part));
            return valid(name, merged, depth);
        }
        if (type == null && schema.containsKey("properties")) {
            type = "object";
        }
        return switch (String.valueOf(type)) {
            case "object" -> object(schema, depth);
            case "array" -> {
                Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of("type", "string"));
                List<Object> list = new ArrayList<>();
                int n = 1 + random.nextInt(2);
                for (int i = 0; i < n && depth < 6; i++) {
                    list.add(valid(name, items, depth + 1));
                }
                yield list;
            }
            case "integer" -> number(schema, true);
            case "number" -> number(schema, false);
            case "boolean" -> random.nextBoolean();
            default -> string(name, schema);
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Map<String, Object> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
        properties.forEach((name, property) -> {
            if (required.contains(name) || random.nextInt(3) > 0) {
                object.put(name, valid(name, (Map<String, Object>) property, depth + 1));
            }
        });
        return object;
    }

    private Object number(Map<String, Object> schema, boolean integer) {
        double min = schema.get("minimum") instanceof Number n ? n.doubleValue() : 1;
        double max = schema.get("maximum") instanceof Number n ? Math.min(n.doubleValue(), min + 1000) : min + 100;
        double value = min + random.nextDouble() * Math.max(0, max - min);
        return integer ? (Object) Math.max((long) Math.ceil(min), Math.round(value))
                : (Object) (Math.round(value * 10) / 10.0);
    }

    private String string(String name, Map<String, Object> schema) {
        String format = String.valueOf(schema.get("format"));
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (format.equals("uuid") || lower.endsWith("id")) {
            return knownId.get();
        }
        if (format.equals("date") || lower.endsWith("on") || lower.endsWith("date")) {
            return "2031-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
        }
        if (format.equals("date-time") || lower.endsWith("at")) {
            return "2031-05-1" + random.nextInt(9) + "T10:00:00Z";
        }
        if (lower.contains("country") || lower.equals("market")) {
            return pick(List.of("IT", "TR", "IN", "BD", "DE", "VN"));
        }
        if (lower.contains("currency")) {
            return pick(List.of("USD", "EUR", "CNY", "INR"));
        }
        if (lower.contains("categor") || lower.contains("sector")) {
            return pick(List.of("WEAVING", "KNITTING", "SPINNING", "NONWOVENS"));
        }
        if (lower.contains("email")) {
            return "buyer" + random.nextInt(1000) + "@example.com";
        }
        if (lower.contains("phone")) {
            return "+39 031 555 0" + (100 + random.nextInt(800));
        }
        if (lower.contains("website") || lower.contains("url")) {
            return "https://example" + random.nextInt(100) + ".com";
        }
        if (lower.contains("status") || lower.contains("stage")) {
            return pick(List.of("OPEN", "CLOSED", "CANCELLED", "CONFIRMED", "APPROVED", "WON"));
        }
        return "Fuzz " + name + " " + Integer.toString(random.nextInt(1 << 20), 36);
    }

    /** Every place in a JSON tree where a value sits: a map and key, or a list and index. */
    record Slot(Object parent, Object key) {

        @SuppressWarnings("unchecked")
        Object get() {
            return parent instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) parent).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (parent instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, value);
            } else {
                ((List<Object>) parent).set((Integer) key, value);
            }
        }

        @SuppressWarnings("unchecked")
        void remove() {
            if (parent instanceof Map<?, ?> map) {
                map.remove(key);
            }
        }
    }

    static List<Slot> slots(Object tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        return slots;
    }

    private static void collect(Object node, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                slots.add(new Slot(map, key));
                collect(map.get(key), slots);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(list, i));
                collect(list.get(i), slots);
            }
        }
    }

    /** Copies a tree into mutable maps and lists. */
    static Object mutable(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, mutable(v)));
            return copy;
        }
        if (tree instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(mutable(v)));
            return copy;
        }
        return tree;
    }
}
