package org.exportalliance.portal.platform.api;

import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Enables WebFlux inside {@link ApiContext} only. Not a {@code @Configuration}, so the main context's component scan
 * never picks it up.
 */
@EnableWebFlux
class ApiWebFluxConfiguration implements WebFluxConfigurer {

    private final ApiCodecs codecs;

    ApiWebFluxConfiguration(ApiCodecs codecs) {
        this.codecs = codecs;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        codecs.applyTo(configurer);
    }
}
