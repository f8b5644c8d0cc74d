package clinic.ivr.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor of the benchmark: the same Jetty, the same connector settings, one servlet that reads
 * the posted form and answers bytes the line answered for the same request, with no decision, no
 * template and no signature check. What this server does per request, the line cannot avoid.
 *
 * <p>Usage: {@code FloorServer PORT ANSWERS_DIR}; the request header {@code X-Bench-Answer: N} picks
 * the file {@code N.xml} of the folder.
 */
public final class FloorServer {

    private FloorServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<byte[]> answers = new ArrayList<>();
        for (int i = 0; Files.exists(Path.of(args[1], i + ".xml")); i++) {
            answers.add(Files.readAllBytes(Path.of(args[1], i + ".xml")));
        }
        QueuedThreadPool threads = new QueuedThreadPool(32, 8);
        threads.setName("floor");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new Answers(answers)), "/*");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        System.err.println("floor answering on port " + connector.getLocalPort() + " with " + answers.size() + " answers");
        server.join();
    }

    private static final class Answers extends HttpServlet {
        private final transient List<byte[]> answers;

        Answers(List<byte[]> answers) {
            this.answers = answers;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getInputStream().readAllBytes();
            String which = request.getHeader("X-Bench-Answer");
            byte[] body = answers.get(which == null ? 0 : Integer.parseInt(which) % answers.size());
            response.setContentType("text/xml; charset=UTF-8");
            response.getOutputStream().write(body);
        }
    }
}
