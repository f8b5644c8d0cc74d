package clinic.ivr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, for what a well-behaved client refuses to send: path
 * tricks, invalid UTF-8, oversized headers, odd methods. One request per connection.
 */
public final class RawHttp {

    /** What came back; status -1 when the server closed the connection without an answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    public static Reply send(int port, byte[] request) throws IOException {
        return send(port, request, false);
    }

    /**
     * Sends the bytes and then nothing more, the way a client that has said all it will closes its side:
     * the line answers what it has at once rather than waiting, up to its idle timeout, for the rest.
     */
    public static Reply sendAll(int port, byte[] bytes) throws IOException {
        return send(port, bytes, true);
    }

    private static Reply send(int port, byte[] request, boolean thenClose) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (thenClose) {
                    socket.shutdownOutput();
                }
            } catch (SocketException closedEarly) {
                // the server may answer and close before reading all of an oversized request
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    /**
     * Sends the request's first {@code atOnce} bytes, then the rest a byte every {@code pauseMs}, as a client on a
     * failing connection would, until the server answers or closes the connection; then what it answered.
     */
    public static Reply dribble(int port, byte[] request, int atOnce, long pauseMs) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            try {
                out.write(request, 0, atOnce);
                out.flush();
                for (int at = atOnce; at < request.length && in.available() == 0; at++) {
                    Thread.sleep(pauseMs);
                    out.write(request[at]);
                    out.flush();
                }
            } catch (SocketException closed) {
                // the server answered and closed the connection under the rest
            }
            return parse(readAll(in));
        }
    }

    /** A request with the given start line, headers and body; Content-Length and Connection: close added. */
    public static byte[] request(String startLine, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(startLine).append("\r\n");
        if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Host"))) {
            head.append("Host: 127.0.0.1\r\n");
        }
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketException | SocketTimeoutException reset) {
            // what arrived before the reset or the timeout is the answer
        }
        return all.toByteArray();
    }

    private static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Reply(-1, Map.of(), raw);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOfCrlf(chunked, i);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(n, chunked.length - lineEnd - 2));
            i = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
