package clinic.ivr.line;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.OnTheLine;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.prompts.Prompts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the prompts cannot be had, the caller still gets an answer and a person, never dead air. */
class PromptsFailureTest {

    private static final String FRONT_DESK = "+12125985913";

    @Test
    void whenThePromptsCannotBeReadTheCallerIsPutThroughToTheFrontDesk() throws Exception {
        Prompts good = TestLine.load(TestLine.SHIPPED_PROMPTS);
        Supplier<Prompts> unreadable = () -> {
            throw new UncheckedIOException(new IOException("prompts/en/main.txt: Permission denied"));
        };
        Office office = TestLine.office(TestLine.OPEN);
        PhoneLine phoneLine = new PhoneLine(unreadable, Optional.of(PhoneNumber.of(FRONT_DESK)), office);
        try (TestLine line = TestLine.with().prompts(good).phoneLine(phoneLine).office(office).start()) {
            for (String route : new String[] {"/voice", "/voice/menu?node=main&lang=en", "/voice/menu?node=faq&lang=es"}) {
                HttpResponse<String> answer = line.twilio().post(route, TwilioClient.withInput(Map.of("Digits", "2")));

                assertThat(answer.statusCode()).isEqualTo(200);
                Twiml twiml = OnTheLine.keepsCaller(answer.body(), false);
                assertThat(twiml.dialled()).isEqualTo(FRONT_DESK);
                OnTheLine.revealsNothing(answer.body());
            }
        }
    }

    @Test
    void theLineKeepsAnsweringWhenThePromptsFolderIsRemovedWhileRunning(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("prompts");
        copyTree(TestLine.SHIPPED_PROMPTS, copy);
        try (TestLine line = TestLine.start(TestLine.load(copy))) {
            deleteTree(copy);
            TwilioClient twilio = line.twilio();

            Twiml menu = OnTheLine.keepsCaller(twilio.post("/voice", TwilioClient.callForm()).body(), false);
            Twiml faq = OnTheLine.keepsCaller(
                    twilio.post(menu.action(), TwilioClient.withInput(Map.of("Digits", "4"))).body(), false);
            Twiml answer = OnTheLine.keepsCaller(
                    twilio.post(faq.action(), TwilioClient.withInput(Map.of("Digits", "1"))).body(), false);

            assertThat(answer.has("Gather")).as("the caller hears the answer from the version in memory").isTrue();
            assertThat(menu.spoken()).as(menu::spoken).contains("emergency");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
