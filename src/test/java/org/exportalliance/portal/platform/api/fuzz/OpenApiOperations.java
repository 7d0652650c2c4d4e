package org.exportalliance.portal.platform.api.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads the portal's own OpenAPI description into {@link Operation}s, with every {@code $ref} resolved. */
final class OpenApiOperations {

    private final Map<String, Object> spec;

    @SuppressWarnings("unchecked")
    private OpenApiOperations(Map<String, Object> spec) {
        this.spec = spec;
    }

    static List<Operation> read() throws IOException {
        try (InputStream in = OpenApiOperations.class.getResourceAsStream("/api/openapi.yaml")) {
            if (in == null) {
                throw new IOException("api/openapi.yaml is not on the class path");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> spec = (Map<String, Object>) new Yaml(new LoaderOptions()).load(in);
            return new OpenApiOperations(spec).operations();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> op) || method.equals("parameters")) {
                return;
            }
            Map<String, Map<String, Object>> query = new LinkedHashMap<>();
            for (Object p : (List<Object>) ((Map<String, Object>) op).getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = (Map<String, Object>) resolve(p);
                if ("query".equals(parameter.get("in"))) {
                    query.put((String) parameter.get("name"),
                            (Map<String, Object>) resolve(parameter.getOrDefault("schema", Map.of())));
                }
            }
            Map<String, Object> body = null;
            String mediaType = null;
            if (op.get("requestBody") instanceof Map<?, ?> requestBody
                    && requestBody.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
                var first = ((Map<String, Object>) content).entrySet().iterator().next();
                mediaType = first.getKey();
                body = (Map<String, Object>) resolve(((Map<String, Object>) first.getValue())
                        .getOrDefault("schema", Map.of()));
            }
            boolean anonymous = op.get("security") instanceof List<?> security
                    && !security.isEmpty() && security.getFirst() instanceof Map<?, ?> scheme
                    && scheme.containsKey("basic");
            operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, query, body, mediaType,
                    anonymous));
        }));
        return operations;
    }

    /** The object with every {@code $ref} inside it replaced by what it points at (the API has no cycles). */
    @SuppressWarnings("unchecked")
    private Object resolve(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("$ref") instanceof String ref) {
                Object target = spec;
                for (String part : ref.substring(2).split("/")) {
                    target = ((Map<String, Object>) target).get(part);
                }
                return resolve(target);
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> resolved.put(k, resolve(v)));
            return resolved;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(this::resolve).toList();
        }
        return node;
    }
}
