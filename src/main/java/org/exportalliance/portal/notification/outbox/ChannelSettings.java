package org.exportalliance.portal.notification.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.notification.channel.Robot;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The channels a person chooses for themselves (My account) and a firm admin for their firm (staff for the
 * association): e-mail to the account's address, a WeCom group robot, a DingTalk custom robot. Keys, tokens and
 * secrets are checked here, sealed ({@link ChannelSecrets}) and never returned; a test message goes through the
 * outbox like any notice and answers what the channel said.
 */
@Service
public class ChannelSettings {

    /** Whose channel: the actor's own, or their firm's. */
    public enum Owner { PERSON, FIRM }

    static final String TEST_KEY = "notification.channel.test-message";
    private static final Pattern WECOM_KEY = Pattern.compile("[A-Za-z0-9-]{8,128}");
    private static final Pattern DINGTALK_TOKEN = Pattern.compile("[A-Za-z0-9]{8,256}");
    private static final Pattern DINGTALK_SECRET = Pattern.compile("SEC[A-Za-z0-9]{8,256}");

    private final ChannelRepository channels;
    private final OutboxRepository outbox;
    private final ChannelSecrets secrets;
    private final OutboxSender sender;
    private final AccountService accounts;
    private final TransactionalOperator tx;
    private final Clock clock;

    ChannelSettings(ChannelRepository channels, OutboxRepository outbox, ChannelSecrets secrets, OutboxSender sender,
            AccountService accounts, TransactionalOperator tx, Clock clock) {
        this.channels = channels;
        this.outbox = outbox;
        this.secrets = secrets;
        this.sender = sender;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Whether the actor may see and change the owner's channels: their own always; their firm's as its admin (staff,
     * the association's). Views show the firm's channels only then; every call checks it again.
     */
    public boolean mayChange(Actor actor, Owner owner) {
        return owner == Owner.PERSON || mayManageFirm(actor);
    }

    public Flux<NoticeChannel> channels(Actor actor, Owner owner) {
        return Flux.defer(() -> owner == Owner.PERSON ? channels.ofUser(actor.userId())
                : channels.ofFirm(firmOf(actor)));
    }

    /** E-mail to the account's own address (a person's channel only). */
    public Mono<NoticeChannel> chooseEmail(Actor actor) {
        return accounts.findById(actor.userId())
                .filter(account -> account.email() != null)
                .switchIfEmpty(Mono.error(() -> new InvalidInput(List.of(
                        new FieldProblem("email", "notification.channel.no-email")))))
                .flatMap(account -> channels.save(actor.userId(), null, ChannelKind.EMAIL, null, null,
                        account.locale(), UUID.randomUUID(), clock.instant()));
    }

    /**
     * A WeCom robot by its webhook key, or its whole webhook address as WeCom shows it ({@link RobotAddresses});
     * replaces the owner's WeCom robot if there is one.
     */
    public Mono<NoticeChannel> chooseWeCom(Actor actor, Owner owner, String key) {
        return weCom(actor, owner, key, "key");
    }

    /** A WeCom robot by its webhook address only (the API's {@code url}). */
    public Mono<NoticeChannel> chooseWeComAt(Actor actor, Owner owner, String address) {
        return RobotAddresses.isAddress(address) ? weCom(actor, owner, address, "url") : refused("url",
                "notification.channel.wecom-url");
    }

    /** A DingTalk robot by its access token (or its webhook address) and {@code SEC…} signing secret. */
    public Mono<NoticeChannel> chooseDingTalk(Actor actor, Owner owner, String token, String secret) {
        return dingTalk(actor, owner, token, secret, "token");
    }

    /** A DingTalk robot by its webhook address only (the API's {@code url}) and signing secret. */
    public Mono<NoticeChannel> chooseDingTalkAt(Actor actor, Owner owner, String address, String secret) {
        return RobotAddresses.isAddress(address) ? dingTalk(actor, owner, address, secret, "url") : refused("url",
                "notification.channel.dingtalk-url");
    }

    private Mono<NoticeChannel> weCom(Actor actor, Owner owner, String given, String field) {
        String text = given.strip();
        boolean address = RobotAddresses.isAddress(text);
        String k = address ? RobotAddresses.weComKey(text).orElse("") : text;
        if (!WECOM_KEY.matcher(k).matches()) {
            return refused(field, address ? "notification.channel.wecom-url" : "notification.channel.wecom-key");
        }
        return saveRobot(actor, owner, new Robot.WeCom(k), k);
    }

    private Mono<NoticeChannel> dingTalk(Actor actor, Owner owner, String given, String secret, String field) {
        String text = given.strip();
        boolean address = RobotAddresses.isAddress(text);
        String t = address ? RobotAddresses.dingTalkToken(text).orElse("") : text;
        String s = secret.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (!DINGTALK_TOKEN.matcher(t).matches()) {
            problems.add(new FieldProblem(field, address ? "notification.channel.dingtalk-url"
                    : "notification.channel.dingtalk-token"));
        }
        if (!DINGTALK_SECRET.matcher(s).matches()) {
            problems.add(new FieldProblem("secret", "notification.channel.dingtalk-secret"));
        }
        return problems.isEmpty() ? saveRobot(actor, owner, new Robot.DingTalk(t, s), t)
                : Mono.error(new InvalidInput(problems));
    }

    private static <T> Mono<T> refused(String field, String messageKey) {
        return Mono.error(new InvalidInput(List.of(new FieldProblem(field, messageKey))));
    }

    public Mono<Void> remove(Actor actor, UUID channel) {
        return owned(actor, channel).flatMap(c -> channels.delete(c.id())).then();
    }

    /** Removes one of the owner's channels only: a person's own through their list, a firm's through the firm's. */
    public Mono<Void> remove(Actor actor, Owner owner, UUID channel) {
        return owned(actor, channel)
                .filter(c -> (owner == Owner.PERSON) == (c.userId() != null))
                .switchIfEmpty(Mono.error(ChannelNotFound::new))
                .flatMap(c -> channels.delete(c.id())).then();
    }

    /** The channel's latest attempts, newest first. */
    public Flux<Delivery> deliveries(Actor actor, UUID channel) {
        return owned(actor, channel).flatMapMany(c -> outbox.deliveries(c.id(), 20));
    }

    /**
     * Queues a test message for the channel and sends it at once through the outbox (paced like any notice): the
     * attempt it made, or nothing when the channel is paused, full for this minute, broken or busy on another
     * instance (the message then goes with the next run).
     */
    public Mono<Delivery> test(Actor actor, UUID channel) {
        return owned(actor, channel)
                .flatMap(c -> tx.transactional(outbox.enqueueFor(c.id(), TEST_KEY, null, clock.instant()))
                        .then(sender.sendNow(c.id()))
                        .then(outbox.deliveries(c.id(), 1).next()));
    }

    private Mono<NoticeChannel> saveRobot(Actor actor, Owner owner, Robot robot, String visible) {
        return Mono.defer(() -> saveRobotNow(actor, owner, robot, visible));
    }

    private Mono<NoticeChannel> saveRobotNow(Actor actor, Owner owner, Robot robot, String visible) {
        if (!secrets.robotsOn()) {
            return Mono.error(new RobotsOff());
        }
        UUID ownerId = owner == Owner.PERSON ? actor.userId() : firmOf(actor);
        String alnum = visible.replaceAll("[^A-Za-z0-9]", "");
        String hint = alnum.substring(Math.max(0, alnum.length() - 4));
        ChannelKind kind = ChannelKind.valueOf(robot.kind().name());
        return accounts.findById(actor.userId()).map(a -> a.locale()).defaultIfEmpty("zh-CN")
                .flatMap(locale -> channels.save(owner == Owner.PERSON ? ownerId : null,
                        owner == Owner.FIRM ? ownerId : null, kind, secrets.seal(ownerId, robot), hint, locale,
                        UUID.randomUUID(), clock.instant()));
    }

    private Mono<NoticeChannel> owned(Actor actor, UUID channel) {
        return channels.find(channel)
                .filter(c -> actor.userId().equals(c.userId())
                        || (c.firmId() != null && mayManageFirm(actor) && c.firmId().equals(actor.firmId())))
                .switchIfEmpty(Mono.error(ChannelNotFound::new));
    }

    private static UUID firmOf(Actor actor) {
        if (!mayManageFirm(actor)) {
            throw new NotPermitted();
        }
        return Objects.requireNonNull(actor.firmId());
    }

    private static boolean mayManageFirm(Actor actor) {
        return actor.has(Role.FIRM_ADMIN) || actor.isStaff();
    }
}
