package org.exportalliance.portal.platform.api;

import io.micrometer.observation.ObservationRegistry;
import org.exportalliance.portal.account.ApiTokenService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.server.reactive.ServletHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** Mounts the WebFlux API ({@link ApiContext}) on the UI's servlet container under {@code /api}. */
@Configuration(proxyBeanMethods = false)
class ApiServletConfiguration {

    static final String SERVLET_NAME = "apiServlet";

    @Bean(destroyMethod = "close")
    ApiContext apiContext(ConfigurableEnvironment environment, ObjectProvider<RouterFunction<ServerResponse>> routes,
            ObjectProvider<CodecCustomizer> codecs, MessageSource messages, JsonMapper json, ApiTokenService tokens,
            ObservationRegistry observations) {
        return new ApiContext(environment, routes.orderedStream().toList(), codecs.orderedStream().toList(),
                new ApiProblems(messages, json), tokens, observations);
    }

    @Bean
    ServletRegistrationBean<ServletHttpHandlerAdapter> apiServlet(ApiContext api) {
        ServletRegistrationBean<ServletHttpHandlerAdapter> servlet =
                new ServletRegistrationBean<>(new ServletHttpHandlerAdapter(api.httpHandler()), "/api/*");
        servlet.setName(SERVLET_NAME);
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(1);
        return servlet;
    }
}
