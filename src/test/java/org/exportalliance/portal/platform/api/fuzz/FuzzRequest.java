package org.exportalliance.portal.platform.api.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** One generated request: who sends it, to where, with which headers and body, and what was done to it. */
record FuzzRequest(String method, String uri, Map<String, String> headers, byte @Nullable [] body, String mutation) {

    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/x-www-form-urlencoded",
            "image/png", "application/json;;;", "*/*");

    static FuzzRequest generate(Operation op, Values values, Random random,
            BiFunction<Operation, Random, String> idFor, Map<String, String> tokens) {
        Map<String, String> headers = new LinkedHashMap<>();
        authorise(op, random, tokens, headers);
        headers.put("Accept-Language", values.pick(List.of("zh-CN", "en", "en-US,en;q=0.9", "xx;q=abc", "de")));
        String path = op.path().replace("{id}", idFor.apply(op, random));
        // A second id in the path (a firm's person): any id, known or not.
        while (path.contains("{")) {
            path = path.replaceFirst("\\{[A-Za-z]+}", idFor.apply(op, random));
        }
        String query = query(op, values, random);
        if (op.method().equals("POST") && random.nextInt(3) == 0) {
            headers.put("Idempotency-Key", values.pick(List.of(UUID.randomUUID().toString(), "x".repeat(1000),
                    "key with spaces", "%00", "  ", UUID.randomUUID().toString())));
        }
        if (op.method().equals("PUT") || path.endsWith("/stage") || path.endsWith("/cancel")) {
            if (random.nextBoolean()) {
                headers.put("If-Match", values.pick(List.of("\"1\"", "\"0\"", "garbage", "W/\"99999999999999999999\"",
                        "*", "\"-5\"")));
            }
        }
        if (op.body() == null) {
            return new FuzzRequest(op.method(), path + query, headers, null, "no body");
        }
        if (op.mediaType() != null && !op.mediaType().contains("json")) {
            return file(op, values, random, path + query, headers);
        }
        Object valid = values.valid("body", op.body(), 0);
        String mutation = values.pick(MUTATIONS);
        byte[] body = mutate(mutation, Values.mutable(valid), values, random);
        String contentType = "application/json";
        if (mutation.equals("content type")) {
            contentType = values.pick(CONTENT_TYPES);
        }
        if (!mutation.equals("no content type")) {
            headers.put("Content-Type", contentType);
        }
        return new FuzzRequest(op.method(), path + query, headers, body, mutation);
    }

    static final List<String> MUTATIONS = List.of("valid", "valid", "null field", "null item", "wrong type",
            "hostile text", "hostile text", "hostile number", "bad date", "bad id", "missing field", "unknown field",
            "huge array", "deep nesting", "not an object", "malformed", "invalid utf-8", "content type",
            "no content type", "empty body");

    private static byte[] mutate(String mutation, Object tree, Values values, Random random) {
        List<Values.Slot> slots = Values.slots(tree);
        Values.Slot slot = slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
        switch (mutation) {
            case "null field" -> set(slot, null);
            case "null item" -> {
                List<Values.Slot> lists = slots.stream().filter(s -> s.get() instanceof List<?>).toList();
                if (lists.isEmpty()) {
                    set(slot, new ArrayList<>(Collections.singletonList(null)));
                } else {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) lists.get(random.nextInt(lists.size())).get();
                    list.add(random.nextInt(list.size() + 1), null);
                }
            }
            case "wrong type" -> set(slot, values.pick(Values.WRONG_TYPES));
            case "hostile text" -> set(pickWhere(slots, random, s -> s.get() instanceof String, slot),
                    values.hostileText());
            case "hostile number" -> set(pickWhere(slots, random, s -> s.get() instanceof Number, slot),
                    values.pick(Values.NUMBERS));
            case "bad date" -> set(pickWhere(slots, random, s -> String.valueOf(s.key()).matches(
                    ".*(On|Date|At|date|From|To|from|to|Until|until)$"), slot), values.pick(Values.DATES));
            case "bad id" -> set(pickWhere(slots, random, s -> String.valueOf(s.key()).endsWith("Id")
                    || String.valueOf(s.key()).endsWith("Ids"), slot), values.pick(Values.IDS));
            case "missing field" -> {
                if (slot != null) {
                    slot.remove();
                }
            }
            case "unknown field" -> {
                if (tree instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> object = (Map<Object, Object>) map;
                    object.put("unexpected" + random.nextInt(10), values.hostileText());
                }
            }
            case "huge array" -> set(slot, new ArrayList<>(Collections.nCopies(20_000, "WEAVING")));
            case "deep nesting" -> {
                int depth = 2_000 + random.nextInt(8_000);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                return (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case "not an object" -> {
                return values.pick(List.of("[]", "\"text\"", "123", "null", "true", "[{}]", "-0", "1e999999999"))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "malformed" -> {
                String text = JsonText.write(tree);
                return values.pick(List.of("{", "{\"a\":}", text.substring(0, text.length() / 2), text + "}",
                        "{'single':'quotes'}", text.replace(":", "="), "{\"a\":1,,}", "\u0000"))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "invalid utf-8" -> {
                byte[] text = JsonText.write(tree).getBytes(StandardCharsets.UTF_8);
                byte[] broken = java.util.Arrays.copyOf(text, text.length + 4);
                System.arraycopy(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, 0, broken,
                        Math.max(0, text.length / 2), 4);
                return broken;
            }
            case "empty body" -> {
                return new byte[0];
            }
            default -> { }
        }
        return JsonText.write(tree).getBytes(StandardCharsets.UTF_8);
    }

    private static Values.@Nullable Slot pickWhere(List<Values.Slot> slots, Random random,
            java.util.function.Predicate<Values.Slot> wanted, Values.@Nullable Slot otherwise) {
        List<Values.Slot> matching = slots.stream().filter(wanted).toList();
        return matching.isEmpty() ? otherwise : matching.get(random.nextInt(matching.size()));
    }

    private static void set(Values.@Nullable Slot slot, @Nullable Object value) {
        if (slot != null) {
            slot.set(value);
        }
    }

    private static void authorise(Operation op, Random random, Map<String, String> tokens,
            Map<String, String> headers) {
        int dice = random.nextInt(20);
        if (op.anonymous()) {
            String user = dice < 10 ? "staff" : dice < 15 ? "nobody" + random.nextInt(1000) : "member";
            String password = dice < 5 ? "demo1234" : "wrong" + random.nextInt(100);
            headers.put("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } else if (dice == 0) {
            return;
        } else if (dice == 1) {
            headers.put("Authorization", "Bearer eap_" + UUID.randomUUID());
        } else {
            List<String> users = new ArrayList<>(tokens.keySet());
            headers.put("Authorization", "Bearer " + tokens.get(users.get(random.nextInt(users.size()))));
        }
    }

    @SuppressWarnings("unchecked")
    private static String query(Operation op, Values values, Random random) {
        if (op.query().isEmpty() || random.nextInt(3) == 0) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        op.query().forEach((name, schema) -> {
            if (random.nextBoolean()) {
                return;
            }
            Object value = random.nextInt(3) == 0
                    ? values.pick(List.of(values.hostileText(), "-1", "abc", "99999999999999999999", "",
                            Values.DATES.get(random.nextInt(Values.DATES.size())), "true,false", "%"))
                    : values.valid(name, (Map<String, Object>) schema, 0);
            String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            if (text.length() > 2000) {
                text = text.substring(0, 2000);
            }
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    private static FuzzRequest file(Operation op, Values values, Random random, String uri,
            Map<String, String> headers) {
        String mutation = values.pick(List.of("csv", "hostile csv", "garbage", "empty body", "wrong type"));
        byte[] body = switch (mutation) {
            case "csv" -> ("company,country,categories\nFuzz Tessitura " + random.nextInt(1000) + ",IT,WEAVING\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "hostile csv" -> ("company,country,categories,notes\n\"" + values.hostileText().replace("\"", "\"\"")
                    + "\",IT,WEAVING,\"=cmd|' /C calc'!A0\"\n").getBytes(StandardCharsets.UTF_8);
            case "garbage" -> {
                byte[] bytes = new byte[1 + random.nextInt(5000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case "empty body" -> new byte[0];
            default -> "{\"company\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        };
        headers.put("Content-Type", mutation.equals("wrong type") ? "application/json" : op.mediaType());
        return new FuzzRequest(op.method(), uri, headers, body, mutation);
    }

    @Override
    public String toString() {
        String text = body == null ? "" : new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
        String shortUri = uri.length() > 160 ? uri.substring(0, 160) + "…" : uri;
        return method + " " + shortUri + " [" + mutation + "] " + headers.getOrDefault("Content-Type", "-") + " "
                + text;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
