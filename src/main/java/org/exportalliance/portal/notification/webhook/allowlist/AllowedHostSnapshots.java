package org.exportalliance.portal.notification.webhook.allowlist;

import java.util.List;
import org.exportalliance.portal.notification.webhook.HostPattern;
import org.exportalliance.portal.notification.webhook.StaffAllowList;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.live.LiveSnapshot;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * This instance's copy of the allow-list, which the guard reads on every check (at registration, and in the
 * sender's resolver when it connects, on an event loop): read once and kept until the list changes on any instance,
 * so a removed entry stops passing at the next send everywhere.
 */
@Component
class AllowedHostSnapshots extends LiveSnapshot<List<HostPattern>> implements StaffAllowList {

    private final AllowedHostRepository hosts;

    AllowedHostSnapshots(AllowedHostRepository hosts, LiveEvents live) {
        super(live, AllowedHosts.TOPIC);
        this.hosts = hosts;
    }

    @Override
    protected Mono<List<HostPattern>> read() {
        return hosts.all().flatMapIterable(h -> HostPattern.parse(h.entry()).stream().toList()).collectList()
                .map(List::copyOf);
    }
}
