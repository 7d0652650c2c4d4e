package org.exportalliance.portal.platform.api;

import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.exportalliance.portal.account.ApiTokenService;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebFlux application context that serves the JSON API.
 *
 * <p>Boot runs the servlet stack because Vaadin needs it, so WebFlux is not auto-configured. This small context has no
 * parent (with one, {@code @EnableWebFlux} finds Spring MVC and refuses). It holds the DispatcherHandler, the
 * features' routes, the token filter and the problem-details handler; the main context supplies the codec settings,
 * the messages and the observation registry.
 */
final class ApiContext implements AutoCloseable {

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    private final HttpHandler httpHandler;

    ApiContext(ConfigurableEnvironment environment, List<RouterFunction<ServerResponse>> routes,
            List<CodecCustomizer> codecs, ApiProblems problems, ApiTokenService tokens,
            ObservationRegistry observations, ApiBodyLimit defaultLimit, List<ApiBodyLimit> bodyLimits,
            JsonMapper json) {
        RouterFunction<ServerResponse> combined = routes.stream().reduce(RouterFunction::and)
                .orElseThrow(() -> new IllegalStateException("no API routes"));
        context.setEnvironment(environment);
        context.setDisplayName("webflux-api");
        context.registerBean("apiRoutes", RouterFunction.class, () -> combined);
        context.registerBean(ApiCodecs.class, () -> new ApiCodecs(codecs, json));
        context.registerBean(ApiProblems.class, () -> problems);
        context.registerBean(ApiErrorHandler.class, () -> new ApiErrorHandler(problems));
        ApiRoutes lookup = new ApiRoutes(context);
        context.registerBean(LongRequestTargets.class, () -> new LongRequestTargets(problems, lookup));
        context.registerBean(RequestBodies.class,
                () -> new RequestBodies(defaultLimit, bodyLimits, problems, lookup));
        context.registerBean(ApiAuthenticationFilter.class,
                () -> new ApiAuthenticationFilter(tokens, problems, lookup));
        context.register(ApiWebFluxConfiguration.class);
        context.refresh();
        this.httpHandler = WebHttpHandlerBuilder.applicationContext(context)
                .observationRegistry(observations)
                .observationConvention(new ApiObservationConvention())
                .build();
    }

    HttpHandler httpHandler() {
        return httpHandler;
    }

    @Override
    public void close() {
        context.close();
    }
}
