package org.exportalliance.portal.firm.api;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/me}: who the token belongs to, their firm and roles. */
@Configuration(proxyBeanMethods = false)
class MeApi {

    record FirmJson(UUID id, String nameZh, String nameEn, FirmKind kind) {}

    record MeJson(UUID id, String username, String displayName, String locale, List<Role> roles, FirmJson firm) {}

    private final AccountService accounts;
    private final FirmService firms;

    MeApi(AccountService accounts, FirmService firms) {
        this.accounts = accounts;
        this.firms = firms;
    }

    @Bean
    RouterFunction<ServerResponse> meRoutes() {
        return RouterFunctions.route().GET("/v1/me", this::me).build();
    }

    Mono<ServerResponse> me(ServerRequest request) {
        return ApiActor.current()
                .flatMap(actor -> Mono.zip(accounts.findById(actor.userId()), firms.firmOf(actor)))
                .map(t -> {
                    var user = t.getT1();
                    Firm firm = t.getT2();
                    return new MeJson(user.id(), user.username(), user.displayName(), user.locale(),
                            user.roles().stream().sorted().toList(),
                            new FirmJson(firm.id(), firm.nameZh(), firm.nameEn(), firm.kind()));
                })
                .flatMap(ApiResponses::json);
    }
}
