package org.exportalliance.portal.notification.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One fake server for many WeCom and DingTalk robots, told apart by their key or access token: it records every
 * message with the time the test's clock showed, checks DingTalk's signature against the secrets it knows (a wrong
 * one is answered 310000, as DingTalk does), and answers errcode 0 unless told otherwise.
 */
final class FakeRobots implements AutoCloseable {

    /** A message one robot got, when by the test's clock, and its body. */
    record Received(String robot, Instant at, String body) {}

    final MockWebServer server = new MockWebServer();
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> dingTalkSecrets = new ConcurrentHashMap<>();
    private final Map<String, Queue<MockResponse>> answers = new ConcurrentHashMap<>();
    private volatile Supplier<Instant> clock = Instant::now;

    FakeRobots() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return server.url(path).toString();
    }

    void clock(Supplier<Instant> now) {
        this.clock = now;
    }

    void dingTalk(String token, String secret) {
        dingTalkSecrets.put(token, secret);
    }

    void answer(String robot, int status, String body) {
        answers.computeIfAbsent(robot, r -> new ConcurrentLinkedQueue<>()).add(new MockResponse()
                .setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
    }

    List<Received> of(String robot) {
        return received.stream().filter(r -> r.robot().equals(robot)).toList();
    }

    private MockResponse answer(RecordedRequest request) {
        var url = request.getRequestUrl();
        String wecom = url.queryParameter("key");
        String robot = wecom != null ? wecom : String.valueOf(url.queryParameter("access_token"));
        if (wecom == null) {
            String secret = dingTalkSecrets.get(robot);
            String timestamp = url.queryParameter("timestamp");
            if (secret == null || timestamp == null || !sign(timestamp, secret).equals(url.queryParameter("sign"))) {
                return json(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
            }
        }
        received.add(new Received(robot, clock.get(), request.getBody().readString(StandardCharsets.UTF_8)));
        Queue<MockResponse> told = answers.get(robot);
        MockResponse next = told == null ? null : told.poll();
        return next != null ? next : json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    /** DingTalk's rule, written out here rather than taken from the code under test. */
    static String sign(String timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + secret)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
