package org.exportalliance.portal.notification.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A firm's system receiving our webhooks: a real HTTP server on the loopback address that answers as told. */
final class WebhookReceiver implements AutoCloseable {

    final MockWebServer server = new MockWebServer();

    WebhookReceiver() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url(String path) {
        return server.url(path).uri();
    }

    WebhookReceiver answers(MockResponse response) {
        server.enqueue(response);
        return this;
    }

    WebhookReceiver answers(int status) {
        return answers(new MockResponse().setResponseCode(status));
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the receiver got no request");
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
