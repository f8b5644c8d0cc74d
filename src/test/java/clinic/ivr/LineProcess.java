package clinic.ivr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged line, {@code java -jar target/clinic-ivr.jar}, as a process of its own, the way it
 * runs in production: its stdout (the JSON call log) and stderr kept for the test to read.
 */
public final class LineProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "clinic-ivr.jar");
    /** The class-data-sharing archive the build records beside the jar, as the Procfile maps it. */
    static final Path CDS_ARCHIVE = Path.of("target", "clinic-ivr.jsa");

    private final Process process;
    private final int port;
    private final List<String> stdout = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();
    private final Thread outReader;
    private final Thread errReader;
    /** The data folder made for this process when the test gave none; deleted once it has stopped. */
    private final Path ownData;

    private LineProcess(Process process, int port, Path ownData) {
        this.process = process;
        this.port = port;
        this.ownData = ownData;
        this.outReader = drain(process.getInputStream(), stdout, "line-stdout-" + port);
        this.errReader = drain(process.getErrorStream(), stderr, "line-stderr-" + port);
    }

    /** Starts the jar on a free port with the given environment and waits until it answers. */
    public static LineProcess start(Map<String, String> env) throws Exception {
        LineProcess line = launch(env);
        line.awaitReady(Duration.ofSeconds(30));
        return line;
    }

    /** Starts the jar on a free port with the given environment, without waiting for it. */
    public static LineProcess launch(Map<String, String> env) throws Exception {
        return launch(env, new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the Procfile's flags, but the heap cap (a test may load it harder); the class-data archive the
                // build records starts it sooner, and a missing or stale one is ignored
                "-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=2",
                "-XX:SharedArchiveFile=" + CDS_ARCHIVE,
                "-Xshare:auto", "-Xlog:cds=off", "-jar", JAR.toString()));
    }

    /**
     * Starts the jar exactly as the host starts it: the {@code web:} command of the {@code Procfile},
     * run by a shell with no {@code JAVA_OPTS} set, and waits until it answers.
     */
    public static LineProcess startAsProcfile(Map<String, String> env) throws Exception {
        String web = Files.readAllLines(Path.of("Procfile")).stream().filter(l -> l.startsWith("web:"))
                .findFirst().orElseThrow().substring("web:".length()).trim();
        ProcessBuilder shell = new ProcessBuilder("sh", "-c", "exec " + web);
        shell.environment().remove("JAVA_OPTS");
        shell.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        LineProcess line = launch(env, shell);
        line.awaitReady(Duration.ofSeconds(30));
        return line;
    }

    private static LineProcess launch(Map<String, String> env, ProcessBuilder builder) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after `package`");
        }
        int port = freePort();
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().putIfAbsent("PROMPTS_DIR", "prompts");
        // each process its own message store, as separate machines would have, gone with it
        Path ownData = builder.environment().containsKey("DATA_DIR") ? null : Files.createTempDirectory("line-data");
        if (ownData != null) {
            builder.environment().put("DATA_DIR", ownData.toString());
        }
        return new LineProcess(builder.start(), port, ownData);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    /** Lines the line wrote on stdout so far (one JSON object each). */
    public List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    public List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    /**
     * SIGTERM, as a platform sends it before a restart. Through the process handle: {@code
     * Process.destroy()} also closes our end of its stdout, and the log lines of the stop are lost.
     */
    public void sigterm() {
        process.toHandle().destroy();
    }

    /** SIGKILL, as a crash, an out-of-memory kill or a container kill ends it: no stop, no flush. */
    public void kill() throws InterruptedException, IOException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        deleteOwnData();
    }

    /** The RecordingSid of every message staff can find on the staff pages (their JSON), page after page. */
    public Set<String> recordingSids(String staffPassword) throws Exception {
        Set<String> sids = new HashSet<>();
        HttpClient http = HttpClient.newHttpClient();
        int pages = 1;
        for (int n = 1; n <= pages; n++) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/staff/messages?page=" + n)).header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("staff:" + staffPassword)
                            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("the staff page answered " + page.statusCode() + ": " + page.body());
            }
            JsonNode body = new ObjectMapper().readTree(page.body());
            body.get("messages").forEach(m -> sids.add(m.get("recordingSid").asText()));
            pages = body.get("pages").asInt();
        }
        return sids;
    }

    /** Waits for the process to end and for its output to be read to the end. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (exited) {
            outReader.join(5_000);
            errReader.join(5_000);
        }
        return exited;
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        deleteOwnData();
    }

    /** The data folder made for this process, once it has stopped: no test reads it after. */
    private void deleteOwnData() throws IOException {
        if (ownData != null && !process.isAlive()) {
            try (Stream<Path> files = Files.walk(ownData)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Waits until the line says it answers on its port and answers /health there (200, or 503 with what is wrong):
     * the port was free when chosen, but another test's line may have taken it since, and answer in its place.
     */
    public void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String answering = ":" + port + "/voice";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the line stopped at start:\n" + String.join("\n", stderr()));
            }
            if (Stream.concat(stdout().stream(), stderr().stream()).noneMatch(line -> line.contains(answering))) {
                Thread.sleep(50);
                continue;
            }
            try {
                RawHttp.Reply health = RawHttp.send(port, RawHttp.request("GET /health HTTP/1.1", Map.of(), new byte[0]));
                // 503 is a line that answers but says what is wrong (a test may start one on purpose)
                if (health.status() == 200 || health.status() == 503 && health.text().contains("\"status\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("the line did not answer within " + timeout + ":\n" + String.join("\n", stderr()));
    }

    private static Thread drain(InputStream in, List<String> into, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (into) {
                        into.add(line);
                    }
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
