package org.exportalliance.portal.platform.api;

import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.exportalliance.portal.account.ApiTokenService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.server.reactive.ServletHttpHandlerAdapter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** Mounts the WebFlux API ({@link ApiContext}) on the UI's servlet container under {@code /api}. */
@Configuration(proxyBeanMethods = false)
class ApiServletConfiguration {

    static final String SERVLET_NAME = "apiServlet";

    @Bean
    ApiProblems apiProblems(MessageSource messages, JsonMapper json) {
        return new ApiProblems(messages, json);
    }

    @Bean(destroyMethod = "close")
    ApiContext apiContext(ConfigurableEnvironment environment, ObjectProvider<RouterFunction<ServerResponse>> routes,
            ObjectProvider<CodecCustomizer> codecs, ApiProblems problems, JsonMapper json, ApiTokenService tokens,
            ObservationRegistry observations, ObjectProvider<ApiBodyLimit> bodyLimits,
            @Value("${portal.api.max-body:256KB}") DataSize maxBody,
            @Value("${portal.api.body-timeout:PT30S}") Duration bodyTimeout) {
        return new ApiContext(environment, routes.orderedStream().toList(), codecs.orderedStream().toList(),
                problems, tokens, observations,
                new ApiBodyLimit("/**", maxBody.toBytes(), bodyTimeout), bodyLimits.orderedStream().toList(), json);
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
