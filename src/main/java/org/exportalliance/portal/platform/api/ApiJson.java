package org.exportalliance.portal.platform.api;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Boot's JSON mapper, for answers that are stored before they are sent (idempotent POSTs). */
@Component
public class ApiJson {

    private final JsonMapper json;

    ApiJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }
}
