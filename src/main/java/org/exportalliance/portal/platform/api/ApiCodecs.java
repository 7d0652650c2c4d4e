package org.exportalliance.portal.platform.api;

import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boot's codec customizers (its Jackson mapper and settings), applied to the API's codecs; requests are read with a
 * stricter copy of that mapper ({@link ApiInput}, and a null item in any list or map is a 400 naming it).
 */
record ApiCodecs(List<CodecCustomizer> customizers, JsonMapper json) {

    void applyTo(CodecConfigurer configurer) {
        customizers.forEach(c -> c.customize(configurer));
        JsonMapper strict = json.rebuild()
                .addModule(ApiInput.module())
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .build();
        configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(strict));
        configurer.defaultCodecs().maxInMemorySize(1024 * 1024);
    }

}
