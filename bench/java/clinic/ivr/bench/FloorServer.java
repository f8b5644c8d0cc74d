package clinic.ivr.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.twilio.security.RequestValidator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.UrlEncoded;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor of the benchmark: the same Jetty, the same connector settings, one servlet that reads
 * the posted form and answers bytes the line answered for the same request, with no decision, no
 * template and no signature check. What this server does per request, the line cannot avoid.
 * Given Twilio's auth token and the address the requests were signed for (the line's), it is the
 * signature-checking floor: it parses the form and checks the signature with the SDK's
 * {@link RequestValidator}, as the line must, then answers.
 *
 * <p>Usage: {@code FloorServer PORT ANSWERS_DIR [AUTH_TOKEN SIGNED_FOR_URL]}; the request header
 * {@code X-Bench-Answer: N} picks the file {@code N.xml} of the folder.
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
        http.setHeaderCacheSize(0); // as the line
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new Answers(answers, args.length > 3 ? new RequestValidator(args[2]) : null, args.length > 3 ? args[3] : "")), "/*");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        System.err.println("floor answering on port " + connector.getLocalPort() + " with " + answers.size() + " answers");
        server.join();
    }

    private static final class Answers extends HttpServlet {
        private final transient List<byte[]> answers;
        private final transient RequestValidator signatures;
        private final String signedFor;

        Answers(List<byte[]> answers, RequestValidator signatures, String signedFor) {
            this.answers = answers;
            this.signatures = signatures;
            this.signedFor = signedFor;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (signatures == null) {
                request.getInputStream().readAllBytes();
            } else if (!signed(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            String which = request.getHeader("X-Bench-Answer");
            byte[] body = answers.get(which == null ? 0 : Integer.parseInt(which) % answers.size());
            response.setContentType("text/xml; charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        private boolean signed(HttpServletRequest request) throws IOException {
            // the posted form alone: getParameterMap() would mix in the query string, which is not signed as fields
            Map<String, String> form = new HashMap<>();
            UrlEncoded.decodeTo(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                    form::putIfAbsent, StandardCharsets.UTF_8);
            String query = request.getQueryString();
            String url = signedFor + request.getRequestURI() + (query == null ? "" : "?" + query);
            return signatures.validate(url, form, request.getHeader("X-Twilio-Signature"));
        }
    }
}
