package org.exportalliance.portal.platform.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand on a socket, for what an ordinary client will not do: declare one length and send
 * another, send slowly, stop halfway.
 */
final class RawHttp implements AutoCloseable {

    record Answer(int status, String headers, String body) {}

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Sends the request line and headers; {@code headers} are full lines without the final empty one. */
    RawHttp head(String method, String path, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return this;
    }

    RawHttp send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Reads the status line and headers only; the status. */
    int status() throws IOException {
        return Integer.parseInt(readHead().substring(9, 12));
    }

    /** Reads one answer: status line, headers, and a body of its Content-Length, chunked, or up to the close. */
    Answer answer() throws IOException {
        return answer(false);
    }

    /**
     * Reads an answer's head and, when it is chunked, its first chunk only: the server may still be reading and
     * dropping a refused body before it ends the answer.
     */
    Answer answerStart() throws IOException {
        return answer(true);
    }

    private Answer answer(boolean firstChunkOnly) throws IOException {
        String head = readHead();
        int status = Integer.parseInt(head.substring(9, 12));
        String lower = head.toLowerCase(Locale.ROOT);
        byte[] body;
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            int end = lower.indexOf("\r\n", at);
            body = in.readNBytes(Integer.parseInt(head.substring(at + 15, end).strip()));
        } else if (lower.contains("transfer-encoding: chunked")) {
            body = readChunks(firstChunkOnly);
        } else if (lower.contains("connection: close")) {
            body = in.readAllBytes();
        } else {
            body = new byte[0];
        }
        return new Answer(status, head, new String(body, StandardCharsets.UTF_8));
    }

    private String readHead() throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.length() + " bytes of the answer's head");
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private byte[] readChunks(boolean firstOnly) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (!firstOnly || body.size() == 0) {
            String size = readLine();
            int n = Integer.parseInt(size.strip(), 16);
            if (n == 0) {
                readLine();
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            readLine();
        }
        return body.toByteArray();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
