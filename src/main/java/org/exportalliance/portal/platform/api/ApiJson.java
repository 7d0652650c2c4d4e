package org.exportalliance.portal.platform.api;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Boot's JSON mapper, for answers that are written before they are sent (idempotent POSTs, kept pages). */
@Component
public class ApiJson {

    private final JsonMapper json;

    ApiJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public RenderedJson render(Object value) {
        return RenderedJson.of(json.writeValueAsBytes(value));
    }
}
