package io.talentplatform.bench.append;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The append benchmark's HTTP client: HTTP/1.1 over one kept-alive loopback connection per client thread, the
 * request written as bytes and the answer read to its end, nothing more. It shares the two cores with the platform,
 * where a real client runs on its own machine: the JDK's client took CPU worth 6% of the platform's request threads,
 * this one 1% (bench README, "The append benchmark").
 */
final class PlainHttp {

    private final InetAddress host;
    private final int port;
    private final String hostHeader;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    /** Every connection opened, so that those of client threads gone can be closed too. */
    private final java.util.Queue<Connection> opened = new java.util.concurrent.ConcurrentLinkedQueue<>();

    PlainHttp(String baseUrl) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        try {
            this.host = InetAddress.getByName(uri.getHost());
        } catch (IOException e) {
            throw new IllegalArgumentException(baseUrl, e);
        }
        if (!host.isLoopbackAddress()) {
            throw new IllegalArgumentException("the benchmark sends to loopback only, not " + host);
        }
        this.port = uri.getPort();
        this.hostHeader = uri.getHost() + ":" + port;
    }

    /** Posts {@code json} to {@code path} with the bearer token; returns the status code. */
    int post(String path, String token, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Connection connection = connections.get();
        if (connection == null || connection.closed) {
            opened.removeIf(old -> old.closed);
            connection = new Connection(new Socket(host, port));
            connections.set(connection);
            opened.add(connection);
        }
        try {
            return connection.exchange(head, body);
        } catch (IOException e) {
            connection.close();
            throw e;
        }
    }

    /** Closes every connection this client opened. */
    void closeAll() {
        opened.forEach(Connection::close);
        opened.clear();
    }

    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] line = new byte[8192];
        private volatile boolean closed;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            this.in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        int exchange(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write(body);
            out.flush();
            String status = readLine();
            if (status == null || !status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("not an HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring("content-length:".length()).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = chunk(); size > 0; size = chunk()) {
                    skip(size);
                    readLine();
                }
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers are read and dropped
                }
            } else if (length > 0) {
                skip(length);
            } else if (length < 0) {
                closing = true; // the body runs to the end of the connection: this client does not read those
            }
            if (closing) {
                close();
            }
            return code;
        }

        private long chunk() throws IOException {
            String size = readLine();
            if (size == null) {
                throw new IOException("the connection closed inside a chunked answer");
            }
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                int read = in.read(line, 0, (int) Math.min(line.length, left));
                if (read < 0) {
                    throw new IOException("the connection closed inside an answer");
                }
                left -= read;
            }
        }

        /** A line without its CRLF, or null at the end of the stream. */
        private String readLine() throws IOException {
            int length = 0;
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                    return new String(line, 0, end, StandardCharsets.ISO_8859_1);
                }
                if (length == line.length) {
                    throw new IOException("a header line longer than " + line.length + " bytes");
                }
                line[length++] = (byte) c;
            }
            return length == 0 ? null : new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection already gone
            }
        }
    }
}
