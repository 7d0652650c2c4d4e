package org.exportalliance.portal.notification.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A fake WeCom or DingTalk robot: a real HTTP server on the loopback address that answers as told. */
final class FakeRobot implements AutoCloseable {

    final MockWebServer server = new MockWebServer();

    FakeRobot() {
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url(String path) {
        return server.url(path).uri();
    }

    FakeRobot answers(int status, String body) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body));
        return this;
    }

    FakeRobot errcode(int errcode) {
        return answers(200, "{\"errcode\":" + errcode + ",\"errmsg\":\"as told\"}");
    }

    FakeRobot answersNothingFor(long seconds) {
        server.enqueue(new MockResponse().setHeadersDelay(seconds, TimeUnit.SECONDS).setBody("{\"errcode\":0}"));
        return this;
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the robot got no request");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
