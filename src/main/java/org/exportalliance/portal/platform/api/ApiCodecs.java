package org.exportalliance.portal.platform.api;

import java.util.List;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.http.codec.CodecConfigurer;

/** Boot's codec customizers (its Jackson mapper and settings), applied to the API's codecs. */
record ApiCodecs(List<CodecCustomizer> customizers) {

    void applyTo(CodecConfigurer configurer) {
        customizers.forEach(c -> c.customize(configurer));
        configurer.defaultCodecs().maxInMemorySize(1024 * 1024);
    }
}
