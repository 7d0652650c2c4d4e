package org.exportalliance.portal.notification.outbox.api;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.notification.outbox.ChannelNotFound;
import org.exportalliance.portal.notification.outbox.ChannelSettings;
import org.exportalliance.portal.notification.outbox.ChannelSettings.Owner;
import org.exportalliance.portal.notification.outbox.NoticeChannel;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/channels} (the caller's own) and {@code /api/v1/firm/channels} (the caller's firm's, for its admins;
 * staff for the association): list, add or replace a WeCom or DingTalk robot (PUT by kind: one of each per owner),
 * e-mail to the account's address (a person's only), remove. Keys, tokens and secrets go in and never come out: the
 * answers carry a hint of four characters. No Idempotency-Key: a PUT is repeatable as it is, and a stored answer must
 * not hold what was sent.
 */
@Configuration(proxyBeanMethods = false)
class ChannelApi {

    private final ChannelSettings settings;

    ChannelApi(ChannelSettings settings) {
        this.settings = settings;
    }

    @Bean
    RouterFunction<ServerResponse> channelRoutes() {
        return RouterFunctions.route()
                .GET("/v1/channels", r -> list(Owner.PERSON))
                .PUT("/v1/channels/email", r -> email())
                .PUT("/v1/channels/wecom", r -> weCom(r, Owner.PERSON))
                .PUT("/v1/channels/dingtalk", r -> dingTalk(r, Owner.PERSON))
                .DELETE("/v1/channels/{id}", r -> delete(r, Owner.PERSON))
                .GET("/v1/firm/channels", r -> list(Owner.FIRM))
                .PUT("/v1/firm/channels/wecom", r -> weCom(r, Owner.FIRM))
                .PUT("/v1/firm/channels/dingtalk", r -> dingTalk(r, Owner.FIRM))
                .DELETE("/v1/firm/channels/{id}", r -> delete(r, Owner.FIRM))
                .build();
    }

    Mono<ServerResponse> list(Owner owner) {
        return ApiActor.current()
                .flatMap(actor -> settings.channels(actor, owner).map(ChannelJson::of).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> email() {
        return ApiActor.current().flatMap(settings::chooseEmail).flatMap(ChannelApi::answer);
    }

    Mono<ServerResponse> weCom(ServerRequest request, Owner owner) {
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, RobotRequest.class)
                        .flatMap(body -> {
                            String given = body.given("key", body.key());
                            return body.url() != null ? settings.chooseWeComAt(actor, owner, given)
                                    : settings.chooseWeCom(actor, owner, given);
                        }))
                .flatMap(ChannelApi::answer);
    }

    Mono<ServerResponse> dingTalk(ServerRequest request, Owner owner) {
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, RobotRequest.class)
                        .flatMap(body -> {
                            String given = body.given("accessToken", body.accessToken());
                            if (body.secret() == null) {
                                return Mono.error(new InvalidInput(List.of(new FieldProblem("secret",
                                        "validation.required"))));
                            }
                            return body.url() != null ? settings.chooseDingTalkAt(actor, owner, given, body.secret())
                                    : settings.chooseDingTalk(actor, owner, given, body.secret());
                        }))
                .onErrorMap(InvalidInput.class, ChannelApi::tokenField)
                .flatMap(ChannelApi::answer);
    }

    Mono<ServerResponse> delete(ServerRequest request, Owner owner) {
        UUID id = ApiRequests.pathId(request, ChannelNotFound::new);
        return ApiActor.current().flatMap(actor -> settings.remove(actor, owner, id))
                .then(ServerResponse.noContent().build());
    }

    /** Like every API answer, marked no-store by the API's security chain. */
    private static Mono<ServerResponse> answer(NoticeChannel channel) {
        return ApiResponses.json(ChannelJson.of(channel));
    }

    /** The service names the bare token {@code token}, as the form does; the API's field is {@code accessToken}. */
    private static InvalidInput tokenField(InvalidInput invalid) {
        return new InvalidInput(invalid.problems().stream()
                .map(p -> p.field().equals("token") ? new FieldProblem("accessToken", p.messageKey()) : p).toList());
    }
}
