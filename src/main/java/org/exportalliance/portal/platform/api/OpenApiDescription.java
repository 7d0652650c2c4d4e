package org.exportalliance.portal.platform.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Publishes the OpenAPI description at {@code /api/v1/openapi.yaml}. It is written by hand next to the routes; a test
 * checks that every route is described.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String RESOURCE = "api/openapi.yaml";

    @Bean
    RouterFunction<ServerResponse> openApiRoute() {
        String yaml = read();
        return RouterFunctions.route().GET("/v1/openapi.yaml",
                request -> ServerResponse.ok().contentType(MediaType.parseMediaType("application/yaml"))
                        .bodyValue(yaml)).build();
    }

    private static String read() {
        try {
            return new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
