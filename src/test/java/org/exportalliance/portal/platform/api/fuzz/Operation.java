package org.exportalliance.portal.platform.api.fuzz;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One operation of the OpenAPI description: its method and path template, its query parameters' schemas, and the
 * schema and media type of its request body (resolved, no {@code $ref} left), if it takes one.
 */
record Operation(String method, String path, Map<String, Map<String, Object>> query,
        @Nullable Map<String, Object> body, @Nullable String mediaType, boolean anonymous) {

    boolean writes() {
        return List.of("POST", "PUT", "DELETE", "PATCH").contains(method);
    }

    /** The literal segment before {@code {id}}, which names the kind of resource the id is of. */
    @Nullable String idKind() {
        String[] parts = path.split("/");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("{id}")) {
                return parts[i - 1];
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
