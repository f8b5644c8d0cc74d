package clinic.ivr;

import clinic.ivr.checks.Validator;
import clinic.ivr.config.Env;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's practice start ({@code warm-up}): the line started on the prompts the build just checked, on a
 * spare port with a throwaway data folder, its first answer to a call taken over HTTP, then stopped. The
 * build runs it under {@code -XX:ArchiveClassesAtExit}, so the class-data archive holds the classes a real
 * start up to its first answer loads (Jetty, the embedded database, the prompts, the answer path): the line
 * maps them instead of reading them from the jar. Classes only later calls need stay out, since an archived
 * class takes more memory than a loaded one.
 */
final class WarmUp {

    private static final int WAIT_MS = 10_000;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(\\p{L}[^.?!]*[.?!])");

    private WarmUp() {}

    /**
     * Prints the first words the practice caller heard on {@code out}.
     * @return 0 when the practice call was answered, 1 (and why, on {@code err}) otherwise
     */
    static int run(Path prompts, Validator validator, Clock clock, PrintStream out, PrintStream err) throws Exception {
        Path data = Files.createTempDirectory("clinic-ivr-warm-up");
        try {
            Env practice = Env.from(Map.of("PORT", "0", "DATA_DIR", data.toString(), "PROMPTS_DIR", prompts.toString()));
            AtomicReference<String> heard = new AtomicReference<>();
            AtomicReference<String> failure = new AtomicReference<>();
            int code = Main.serve(practice, validator, clock, new PrintStream(OutputStream.nullOutputStream()),
                    server -> {
                        try {
                            heard.set(call(server.port()));
                        } catch (Exception e) {
                            failure.set(e.toString());
                        }
                        try {
                            server.stop(Duration.ZERO);
                        } catch (Exception e) {
                            failure.set(e.toString());
                        }
                    });
            if (code != 0 || heard.get() == null) {
                err.println(code != 0 ? "The practice line could not start."
                        : "The practice line did not answer its call: " + failure.get());
                return 1;
            }
            out.println("The line started on " + prompts + " and answered a practice call: \"" + heard.get() + "\"");
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * A call's first request, over the JDK's plain HTTP connection (its newer client would add its own and
     * TLS's classes to the archive). @return the first words the caller hears
     */
    private static String call(int port) throws IOException {
        HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/voice").toURL()
                .openConnection();
        http.setConnectTimeout(WAIT_MS);
        http.setReadTimeout(WAIT_MS);
        http.setDoOutput(true);
        http.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream body = http.getOutputStream()) {
            body.write("CallSid=CAwarmup&From=%2B15555550100&To=%2B15555550199".getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = http.getInputStream()) {
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the words of the TwiML without its tags, up to the end of the first sentence; not read back with
            // ParsedTwiml, whose XML parser a real start never loads and the archive would then hold
            Matcher said = FIRST_SENTENCE.matcher(answer.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " "));
            if (http.getResponseCode() != 200 || !answer.contains("<Response>") || !said.find()) {
                throw new IOException("answered " + http.getResponseCode() + " with nothing to say: " + answer);
            }
            return said.group(1);
        }
    }
}
