package org.exportalliance.portal.notification.outbox;

import org.exportalliance.portal.support.PortalTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A portal whose WeCom and DingTalk addresses are one {@link FakeRobots} server. The robot tests of this package
 * extend it, so they share one portal (the same property source is the same context) and one server, which lives as
 * long as the test JVM: a class that closed it would leave the next one's robots unanswered.
 */
@PortalTest
abstract class WithFakeRobots {

    static final FakeRobots ROBOTS = new FakeRobots();

    @DynamicPropertySource
    static void robots(DynamicPropertyRegistry registry) {
        registry.add("portal.channels.wecom.url", () -> ROBOTS.url("/cgi-bin/webhook/send"));
        registry.add("portal.channels.dingtalk.url", () -> ROBOTS.url("/robot/send"));
    }
}
