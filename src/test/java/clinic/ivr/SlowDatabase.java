package clinic.ivr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PostgreSQL behind a TCP relay that holds its first connection a while before passing a byte, as a
 * database on a loaded host answers a line's first login; the connections after it pass at once.
 */
public final class SlowDatabase implements AutoCloseable {

    private final ServerSocket server;
    private final String url;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicBoolean first = new AtomicBoolean(true);

    private SlowDatabase(URI database, Duration firstDelay) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.url = database.toString().replaceFirst("@[^/]+/", "@127.0.0.1:" + server.getLocalPort() + "/");
        String host = database.getHost();
        int port = database.getPort() > 0 ? database.getPort() : 5432;
        start("slow-database", () -> {
            while (!server.isClosed()) {
                Socket client = server.accept();
                sockets.add(client);
                boolean delayed = first.getAndSet(false);
                start("slow-database-relay", () -> relay(client, host, port, delayed ? firstDelay : Duration.ZERO));
            }
        });
    }

    /** PostgreSQL at {@code postgresUrl} (postgres://user:password@host:port/db?...), its first connection held {@code firstDelay}. */
    public static SlowDatabase before(String postgresUrl, Duration firstDelay) throws IOException {
        return new SlowDatabase(URI.create(postgresUrl), firstDelay);
    }

    /** The database's URL through the relay. */
    public String url() {
        return url;
    }

    private void relay(Socket client, String host, int port, Duration delay) throws IOException, InterruptedException {
        Thread.sleep(delay.toMillis());
        Socket database = new Socket(host, port);
        sockets.add(database);
        start("slow-database-up", () -> pump(client.getInputStream(), database.getOutputStream()));
        pump(database.getInputStream(), client.getOutputStream());
    }

    private static void pump(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        for (int n; (n = from.read(buffer)) >= 0; ) {
            to.write(buffer, 0, n);
            to.flush();
        }
        to.close();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void start(String name, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Exception closed) {
                // a side hung up, or the relay is closed: the connection ends, as a real one would
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
