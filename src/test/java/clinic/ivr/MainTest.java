package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import clinic.ivr.checks.Validator;
import clinic.ivr.config.Env;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.DownDatabase;
import clinic.ivr.store.DataFolder;
import clinic.ivr.store.Database;
import clinic.ivr.store.DurableMessages;
import clinic.ivr.store.Journal;
import clinic.ivr.web.LineServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The commands as staff type them: exit codes and what they print. */
@ResourceLock(CallLines.LOGGING)
class MainTest {

    @TempDir
    Path temp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String input, String... args) throws Exception {
        return Main.run(args, env, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A day when every shipped special day is still to come. */
    int run(String... args) throws Exception {
        return run(Map.of("IVR_NOW", TestLine.OPEN.toString()), "", args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateOfTheShippedPromptsExitsZeroAndReportsEachMenusLength() throws Exception {
        assertThat(run("validate", "prompts")).as(err()).isZero();
        assertThat(out()).as(out()).startsWith("OK: the line can use prompts");
        for (String row : new String[] {"main       en           63     25 s     30 s", "faq        en           54     22 s",
                "main       es", "faq        es", "faq-start      en       3 5       74     30 s     35 s"}) {
            assertThat(out()).as(() -> "no row \"" + row + "\" in:\n" + out()).contains(row);
        }
    }

    @Test
    void validateOfABrokenCopyExitsOneAndNamesFileAndLine() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("en/faq.txt", "Many people feel");
        prompts.edit("en/faq.txt", "Many people feel", "Many people at ${clinic.nam} feel");
        assertThat(run("validate", prompts.dir().toString())).isOne();
        assertThat(out()).as(out()).contains("  prompts/en/faq.txt line " + line + ": \"${clinic.nam}\" is not a known setting;"
                + " did you mean clinic.name?");
    }

    @Test
    void validateReadsPromptsDirWhenNoFolderIsGiven() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("menus.yaml", "  2: faq-painful");
        prompts.edit("menus.yaml", "  2: faq-painful", "  1: faq-painful");
        assertThat(run(Map.of("PROMPTS_DIR", prompts.dir().toString()), "", "validate")).isOne();
        assertThat(out()).as(out()).contains("prompts/menus.yaml line " + line + ": ");
    }

    @Test
    @Timeout(60)
    void warmUpAnswersAPracticeCallOnASparePortAndThrowawayDataThenStopsLeavingNothing() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = practiceFolders(tmp);
        Path data = temp.resolve("data");
        // the line's own port and data folder stay untouched: port 1 cannot be listened on
        assertThat(run(Map.of("IVR_NOW", TestLine.OPEN.toString(), "PORT", "1", "DATA_DIR", data.toString()), "",
                "warm-up", "prompts")).as(err()).isZero();
        assertThat(out()).as("what the practice caller heard first")
                .isEqualTo("The line started on prompts and answered a practice call: \"If this is a medical emergency,"
                        + " hang up and dial 911.\"\n");
        assertThat(data).doesNotExist();
        assertThat(practiceFolders(tmp)).isEqualTo(before);
        assertThat(err()).as("the practice line's trial-mode banner is not the build's business").isEmpty();
    }

    private static List<Path> practiceFolders(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("clinic-ivr-warm-up")).sorted().toList();
        }
    }

    @Test
    void serveRefusesAShortStaffPasswordAndSaysWhy() throws Exception {
        assertThat(run(Map.of("STAFF_PASSWORD", "secret", "DATA_DIR", temp.toString(), "PORT", "0"), "")).isOne();
        assertThat(err()).as(err()).startsWith("Cannot start: STAFF_PASSWORD is too short");
    }

    @Test
    void serveRefusesADataFolderAnotherLineHoldsAndSaysWhy() throws Exception {
        try (DataFolder held = DataFolder.open(temp)) {
            assertThat(run(Map.of("DATA_DIR", temp.toString(), "PORT", "0"), "")).isOne();
        }
        assertThat(err()).as(err()).startsWith("The phone line cannot start: another clinic-ivr process is using the data folder "
                + temp.toAbsolutePath());
    }

    @Test
    void anUnknownCommandPrintsTheUsageOnStandardErrorAndExitsTwo() throws Exception {
        assertThat(run("publish")).isEqualTo(2);
        assertThat(err()).as(err()).startsWith("Unknown command \"publish\".");
        assertThat(err()).as(err()).contains("validate [DIR]");
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageMistake() throws Exception {
        assertThat(run("script", "--pdf")).isEqualTo(2);
        assertThat(err()).as(err()).contains("\"script\" has no option --pdf.");
    }

    @Test
    void helpPrintsTheCommands() throws Exception {
        assertThat(run("help")).isZero();
        assertThat(out()).as(out()).contains("call [--speak] [--lang es] [DIR]");
    }

    @Test
    void scriptPrintsMarkdownAndHtmlOnRequest() throws Exception {
        assertThat(run("script", "prompts")).isZero();
        assertThat(out()).as(out()).startsWith("# Phone script: Gramercy Physical Therapy\n");
        out.reset();
        assertThat(run("script", "--html", "prompts")).isZero();
        assertThat(out()).as(out()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    }

    @Test
    void scriptOfBrokenPromptsSaysSoAndExitsOne() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("clinic.yaml", "phone: \"+1");
        prompts.edit("clinic.yaml", "phone: \"+1", "phone \"+1");
        assertThat(run("script", prompts.dir().toString())).isOne();
        assertThat(err()).as(err()).contains("prompts/clinic.yaml line " + line + ": ");
    }

    @Test
    void callInSpanishPressesEightForTheCaller() throws Exception {
        assertThat(run(Map.of(), "q\n", "call", "--lang", "es", "prompts")).isZero();
        assertThat(out()).as(out()).contains("> 8\n");
        assertThat(out()).as(out()).contains("Para saber qué es la tracción, oprima 1.");
    }

    @Test
    void validateSaysWhenFrontDeskNumberPutsCallsThroughToAnotherNumberThanTheStaffs() throws Exception {
        assertThat(run(Map.of("IVR_NOW", TestLine.OPEN.toString(), "FRONT_DESK_NUMBER", "+12125550100"), "", "validate",
                "prompts")).as(err()).isZero();
        assertThat(out()).contains("Note: FRONT_DESK_NUMBER is set, so calls are put through to +12125550100, not to the"
                + " front desk number in clinic.yaml (+12125985913).");
    }

    @Test
    void aSpecialDayThatHasPassedFailsValidate() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("clinic.yaml", "2026-12-24:");
        prompts.edit("clinic.yaml", "2026-12-24:", "2025-12-24:");
        assertThat(run("validate", prompts.dir().toString())).isOne();
        assertThat(out()).contains("  prompts/clinic.yaml line " + line + ": the special day 2025-12-24 has already passed");
    }

    @Test
    void promptsImportPublishesAFolderThatPassesAndExportWritesItBack() throws Exception {
        Map<String, String> env = Map.of("IVR_NOW", TestLine.OPEN.toString(), "DATA_DIR", temp.resolve("data").toString(),
                "PROMPTS_DIR", "prompts");
        PromptsCopy edited = PromptsCopy.in(temp.resolve("edited"));
        edited.edit("en/line.txt", "Take care. Goodbye.", "Take good care. Goodbye.");
        assertThat(run(env, "", "prompts", "import", edited.dir().toString(), "--by", "Dev", "--note", "New goodbye"))
                .as(err() + out()).isZero();
        assertThat(out()).contains("Published " + edited.dir() + " as version 1: every running line answers with it");
        assertThat(run(env, "", "prompts", "import", edited.dir().toString())).isZero();
        assertThat(out()).contains("Nothing to import: version 1 already has these words.");

        PromptsCopy broken = PromptsCopy.in(temp.resolve("broken"));
        broken.edit("en/line.txt", "Take care. Goodbye.", "Take care & goodbye.");
        assertThat(run(env, "", "prompts", "import", broken.dir().toString())).isOne();
        assertThat(out()).contains("write \"and\" instead").contains("Nothing was published.");

        Path exported = temp.resolve("exported");
        assertThat(run(env, "", "prompts", "export", exported.toString())).as(err()).isZero();
        assertThat(out()).contains("Wrote version 1 of the phone's words (by Dev");
        assertThat(java.nio.file.Files.readString(exported.resolve("en/line.txt"))).isEqualTo(edited.read("en/line.txt"));
        assertThat(exported.resolve("templates/menu.ftlx")).exists();
        assertThat(run(env, "", "validate", exported.toString())).isZero();
    }

    @Test
    void promptsNeedsExportOrImportAndAFolder() throws Exception {
        assertThat(run("prompts", "publish", "x")).isEqualTo(2);
        assertThat(err()).contains("\"prompts\" needs export or import, then a folder");
    }

    @Test
    void helpPrintsTheUsageOnStandardOutputAndNothingElse() throws Exception {
        assertThat(run("--help")).isZero();
        assertThat(out()).isEqualTo(Main.USAGE);
        assertThat(err()).isEmpty();
    }

    @Test
    void aUsageMistakeIsFollowedByABlankLineAndTheUsage() throws Exception {
        assertThat(run("call", "--lang")).isEqualTo(2);
        assertThat(err()).isEqualTo("--lang needs a value, as in --lang es." + System.lineSeparator()
                + System.lineSeparator() + Main.USAGE);
    }

    @Test
    void aBadEnvironmentStopsEveryCommandWithTheVariablesName() throws Exception {
        assertThat(run(Map.of("PORT", "eighty"), "", "validate", "prompts")).isOne();
        assertThat(err()).isEqualTo("Cannot start: PORT must be a number from 0 to 65535, not \"eighty\""
                + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void scriptOfBrokenPromptsListsEachProblemIndentedUnderOneLine() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        prompts.edit("clinic.yaml", "phone: \"+1", "phone \"+1");
        assertThat(run("script", "--html", prompts.dir().toString())).isOne();
        assertThat(err()).startsWith("The prompts have problems; run validate for the details:" + System.lineSeparator()
                + "  " + prompts.dir().getFileName() + "/clinic.yaml line ");
        assertThat(out()).isEmpty();
    }

    @Test
    void callInALanguageTheLineLacksNamesTheLanguagesItHas() throws Exception {
        assertThat(run(Map.of(), "q\n", "call", "--lang", "fr", "prompts")).isEqualTo(2);
        assertThat(err()).contains("The line has no \"fr\" language; it has ").contains("en").contains("es");
        assertThat(out()).isEmpty();
    }

    @Test
    void callInTheFirstLanguagePressesNothingForTheCaller() throws Exception {
        assertThat(run(Map.of(), "q\n", "call", "--lang", "en", "prompts")).isZero();
        assertThat(out()).as(out()).contains("Gramercy Physical Therapy").doesNotContain("> 8\n");
        out.reset();
        assertThat(run(Map.of(), "q\n", "call", "prompts")).isZero();
        assertThat(out()).as(out()).contains("Gramercy Physical Therapy").doesNotContain("> 8\n");
    }

    @Test
    void callWithSpeakSaysHowToInstallTheVoiceWhereItIsMissing() throws Exception {
        Assumptions.assumeFalse(java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "espeak-ng"))), "espeak-ng is installed here");
        assertThat(run(Map.of(), "q\n", "call", "--speak", "prompts")).isZero();
        assertThat(out()).contains("(espeak-ng is not installed, so the call is shown but not spoken.");
        out.reset();
        assertThat(run(Map.of(), "q\n", "call", "prompts")).isZero();
        assertThat(out()).doesNotContain("espeak-ng");
    }

    @Test
    void callOfBrokenPromptsSaysSoAndExitsOne() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        prompts.edit("clinic.yaml", "phone: \"+1", "phone \"+1");
        assertThat(run(Map.of(), "q\n", "call", prompts.dir().toString())).isOne();
        assertThat(err()).startsWith("The prompts have problems; run validate for the details:");
    }

    @Test
    void theLinesClockStandsStillAtIvrNowElseItIsTheRealOne() {
        Instant now = Instant.parse("2026-03-02T14:30:00Z");
        assertThat(Main.clock(Env.from(Map.of("IVR_NOW", now.toString()))).instant()).isEqualTo(now);
        Instant real = Main.clock(Env.from(Map.of())).instant();
        assertThat(Duration.between(real, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aStoreThatCannotBeOpenedAtStartIsAProblemAndTheJournalWaits() throws Exception {
        try (ConnectionPool down = DownDatabase.pool();
             DurableMessages messages = Main.messages(down, temp, Clock.systemUTC())) {
            assertThat(messages.problems()).anyMatch(p -> p.startsWith("the message store cannot write since"));
        }
        Path data = Files.createDirectories(temp.resolve("up"));
        // a message an earlier run could only keep in the journal
        Files.writeString(data.resolve(Journal.FILE), "{\"recordingSid\":\"RE-waiting\",\"caller\":\"+12125550147\","
                + "\"receivedAt\":\"2026-03-04T15:00:00Z\"}\n");
        try (ConnectionPool up = ConnectionPool.open(Database.embedded(data));
             DurableMessages messages = Main.messages(up, data, Clock.systemUTC())) {
            assertThat(messages.problems()).isEmpty();
            assertThat(messages.list()).as("replayed from the journal at start").extracting(m -> m.recordingSid())
                    .containsExactly("RE-waiting");
        }
    }

    /** The line serving in this JVM until the test stops it. */
    final class Serving implements AutoCloseable {
        final ExecutorService thread = Executors.newSingleThreadExecutor();
        final CompletableFuture<LineServer> answering = new CompletableFuture<>();
        final Future<Integer> exit;
        final LineServer server;

        Serving(Map<String, String> extra) throws Exception {
            Map<String, String> environment = new HashMap<>(Map.of("PORT", "0", "DATA_DIR", temp.resolve("data").toString(),
                    "PROMPTS_DIR", "prompts", "IVR_NOW", TestLine.OPEN.toString()));
            environment.putAll(extra);
            Env env = Env.from(environment);
            Clock clock = Main.clock(env);
            exit = thread.submit(() -> Main.serve(env, new Validator(new PromptsLoader(Optional.empty()), clock), clock,
                    new PrintStream(err, true, StandardCharsets.UTF_8), answering::complete));
            server = answering.get(30, TimeUnit.SECONDS);
        }

        HttpResponse<String> get(String path, String password) throws Exception {
            return get(InetAddress.getLoopbackAddress(), path, password);
        }

        HttpResponse<String> get(InetAddress address, String path, String password) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address.getHostAddress() + ":"
                    + server.port() + path));
            if (password != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("staff:" + password)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Stops the server at once, as {@link TestLine#close()} does: the test's answers are all in, and the idle
         * keep-alive connections of its HTTP clients would hold a graceful stop up to a second each time (the
         * graceful stop is the packaged jar's tests', GracefulStopIT's). serve returns all the same.
         */
        @Override
        public void close() throws Exception {
            server.stop(Duration.ZERO);
            try {
                assertThat(exit.get(30, TimeUnit.SECONDS)).as("serve's exit code once the server stops").isZero();
            } finally {
                thread.shutdownNow();
                logAsConfiguredAgain();
            }
        }

        /** A line that stops stops the call log's appenders (its last lines written): the JVM's next tests need them. */
        private static void logAsConfiguredAgain() throws JoranException {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            context.reset();
            new ContextInitializer(context).autoConfig();
        }
    }

    @Test
    void serveWithoutATokenIsAHealthyLocalTrialAndSaysSoOnStandardError() throws Exception {
        try (Serving line = new Serving(Map.of())) {
            HttpResponse<String> health = line.get("/health", null);
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThatThrownBy(() -> line.exit.get(1, TimeUnit.SECONDS)).as("serve returns only once its server stops")
                    .isInstanceOf(TimeoutException.class);
            assertThatThrownBy(() -> line.get(otherAddress(), "/health", null)).as("unchecked requests from the network")
                    .isInstanceOf(ConnectException.class);
            assertThat(err()).contains("*  LOCAL TRIAL MODE: TWILIO_AUTH_TOKEN is not set.");
            assertThat(line.get("/staff/messages", null).statusCode()).as("no staff pages without a password")
                    .isEqualTo(404);
        }
    }

    @Test
    void aNewDataFolderHoldsOnlyFilesTheLinesUserCanReadOnceTheLineAnswers() throws Exception {
        try (Serving line = new Serving(Map.of())) {
            Path data = temp.resolve("data");
            try (Stream<Path> files = Files.list(data)) {
                assertThat(files.filter(Files::isRegularFile).toList()).as("the database's files, the lock")
                        .isNotEmpty().allSatisfy(f -> assertThat(PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void serveWithATokenAndAStaffPasswordOpensTheStaffPagesAndTheirMetrics() throws Exception {
        try (Serving line = new Serving(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                "STAFF_PASSWORD", TestLine.STAFF_PASSWORD))) {
            assertThat(err()).doesNotContain("LOCAL TRIAL MODE");
            assertThat(line.get(otherAddress(), "/health", null).statusCode()).as("Twilio reaches it").isEqualTo(200);
            assertThat(line.get("/staff/messages", null).statusCode()).isEqualTo(401);
            assertThat(line.get("/staff/messages", TestLine.STAFF_PASSWORD).statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = line.get("/metrics", TestLine.STAFF_PASSWORD);
            assertThat(metrics.body()).as(metrics.body()).contains("ivr_call_events_dropped_total")
                    .contains("ivr_call_events_waiting");
        }
    }

    @Test
    void serveOnHerokuWithoutADatabaseSaysTheMessagesWillBeLost() throws Exception {
        try (Serving line = new Serving(Map.of("DYNO", "web.1"))) {
            HttpResponse<String> health = line.get("/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("Heroku throws away at every restart");
        }
    }

    @Test
    void exportBeforeAnyVersionIsPublishedSaysSoAndExitsOne() throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", temp.resolve("data").toString());
        assertThat(run(env, "", "prompts", "export", temp.resolve("out").toString())).isOne();
        assertThat(err()).isEqualTo("No version of the phone's words is published yet." + System.lineSeparator());
    }

    @Test
    void exportRemovesALanguagesTextFileTheVersionDoesNotHaveAndKeepsOtherFiles() throws Exception {
        Map<String, String> env = Map.of("IVR_NOW", TestLine.OPEN.toString(), "DATA_DIR", temp.resolve("data").toString());
        PromptsCopy edited = PromptsCopy.in(temp.resolve("edited"));
        assertThat(run(env, "", "prompts", "import", edited.dir().toString())).as(err() + out()).isZero();
        assertThat(out()).contains("as version 1");
        Path exported = temp.resolve("exported");
        Files.createDirectories(exported.resolve("en"));
        Path stale = Files.writeString(exported.resolve("en/old-menu.txt"), "Press 9 for the old menu.");
        Path notes = Files.writeString(exported.resolve("en/notes.md"), "Our notes.");
        out.reset();
        assertThat(run(env, "", "prompts", "export", exported.toString())).as(err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(notes).exists();
        assertThat(out()).contains("Removed " + stale + ": version 1 does not have it.")
                .contains("(by " + System.getProperty("user.name"));
    }

    /** Run away from the line's folder, an import once failed with "template is null" for every answer. */
    @Test
    void promptsAwayFromTheLinesTemplatesSaysWhereTheyWereLookedFor() throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", temp.resolve("data").toString(),
                "PROMPTS_DIR", temp.resolve("nowhere").toString());
        PromptsCopy edited = PromptsCopy.in(temp.resolve("edited"));
        for (String what : List.of("import", "export")) {
            assertThat(run(env, "", "prompts", what, edited.dir().toString())).as(what).isOne();
            assertThat(err()).contains("The line's TwiML templates are not at " + temp.resolve("nowhere/templates")
                    .toAbsolutePath(), "set PROMPTS_DIR").doesNotContain("null");
            assertThat(out()).doesNotContain("Published");
        }
    }

    @Test
    void exportIntoAFileSaysItCannotWriteThere() throws Exception {
        Map<String, String> env = Map.of("IVR_NOW", TestLine.OPEN.toString(), "DATA_DIR", temp.resolve("data").toString());
        assertThat(run(env, "", "prompts", "import", "prompts")).as(err() + out()).isZero();
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        assertThat(run(env, "", "prompts", "export", file.toString())).isOne();
        assertThat(err()).startsWith("Cannot write " + file + ": ");
    }

    @Test
    void promptsOnADatabaseThatIsDownSaysWhichDatabase() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", "postgres://clinic:secret@127.0.0.1:1/clinic",
                "DATA_DIR", temp.resolve("data").toString());
        assertThat(run(env, "", "prompts", "export", temp.resolve("out").toString())).isOne();
        assertThat(err()).startsWith("The phone's words cannot be read from the database"
                + " jdbc:postgresql://127.0.0.1:1/clinic: ").doesNotContain("stop the line first").doesNotContain("secret");
    }

    /** This machine's address on its network, where Twilio reaches a line that is not a local trial. */
    static InetAddress otherAddress() throws Exception {
        Optional<InetAddress> address = NetworkInterface.networkInterfaces().filter(n -> !isLoopback(n))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no network address besides loopback");
        return address.get();
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback() || !network.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Test
    void servePromptsThatCannotBeUsedStillRingTheDeskClinicYamlNames() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp.resolve("broken"));
        prompts.edit("en/faq.txt", "Many people feel", "Many people at ${clinic.phon} feel");
        try (Serving line = new Serving(Map.of("PROMPTS_DIR", prompts.dir().toString()))) {
            TwilioClient twilio = new TwilioClient("http://127.0.0.1:" + line.server.port(), TestLine.AUTH_TOKEN);
            Twiml safe = Twiml.parse(twilio.post("/voice?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "0")))
                    .body());
            assertThat(safe.dialled()).as(safe.xml()).isEqualTo("+12125985913");
        }
    }
}
