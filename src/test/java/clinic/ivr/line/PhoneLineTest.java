package clinic.ivr.line;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.Closure;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.flow.Routes;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.store.MessageStore;
import clinic.ivr.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone line answering Twilio's requests in this process, without HTTP: what the caller hears, what
 * is kept for the front desk, what is recorded about the call, and the safe answer when anything fails.
 */
class PhoneLineTest {

    static final String SHIPPED_DESK = "+12125985913";
    static final Instant SUNDAY = TestLine.CLOSED;

    @TempDir
    static Path folder;
    /** The shipped words with the address and booking link filled in, so 6 texts them. */
    static Prompts withTexts;

    @BeforeAll
    static void load() throws IOException {
        withTexts = TestLine.load(PromptsCopy.withTextDetails(folder.resolve("prompts")));
    }

    final List<CallEvent> events = new ArrayList<>();
    final List<String[]> texted = new ArrayList<>();
    final MessageStore store = TestLine.memoryStore();

    /** Texts that go out (or fail as told), remembered with their number and words. */
    TextMessages texts(TextMessages.Outcome outcome) {
        return new TextMessages() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public Outcome send(String to, String body) {
                texted.add(new String[] {to, body});
                if (outcome == null) {
                    throw new IllegalStateException("Twilio is unreachable");
                }
                return outcome;
            }
        };
    }

    Office office(Instant now, MessageStore messages, TextMessages texts) {
        return new Office(Clock.fixed(now, ZoneOffset.UTC), messages, texts).withCalls(events::add);
    }

    PhoneLine line(Supplier<Prompts> prompts, Optional<PhoneNumber> desk, Office office) {
        return new PhoneLine(prompts, desk, office);
    }

    PhoneLine line(Instant now) {
        return line(new LivePrompts(TestLine.shipped()), Optional.empty(), office(now, store, TextMessages.NONE));
    }

    static VoiceRequest request(String pathAndQuery, Map<String, String> extra) {
        int q = pathAndQuery.indexOf('?');
        String route = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        return new VoiceRequest(route, VoiceRequest.query(q < 0 ? null : pathAndQuery.substring(q + 1)),
                TwilioClient.withInput(extra));
    }

    static Map<String, String> recording(String sid) {
        return Map.of("RecordingSid", sid, "RecordingStatus", "completed", "RecordingDuration", "17",
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid);
    }

    static MessageStore down() {
        return (MessageStore) java.lang.reflect.Proxy.newProxyInstance(PhoneLineTest.class.getClassLoader(),
                new Class<?>[] {MessageStore.class}, (proxy, method, args) -> {
                    throw new StoreException("the database is not answering", new SQLException("refused"));
                });
    }

    static Supplier<Prompts> unreadable() {
        return () -> {
            throw new UncheckedIOException(new IOException("prompts/en/main.txt: Permission denied"));
        };
    }

    @Test
    void aCallStartsWithTheMenuAndTheStepIsRecordedWithTheCallersNumberAndTheClinicsHours() {
        Reply reply = line(TestLine.OPEN).respond(request(Routes.VOICE, Map.of()));

        assertThat(Twiml.parse(reply.twiml()).spoken()).startsWith("If this is a medical emergency, hang up and dial 911.");
        assertThat(reply.outcome()).isEqualTo("menu");
        assertThat(reply.node()).isEqualTo("main");
        assertThat(reply.fallback()).isFalse();
        assertThat(new String(reply.utf8(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(reply.twiml());
        CallEvent heard = events.get(0);
        assertThat(heard.callSid()).isEqualTo(TwilioClient.CALL_SID);
        assertThat(heard.step()).contains("menu");
        assertThat(heard.node()).isEqualTo("main");
        assertThat(heard.language()).isEqualTo("en");
        assertThat(heard.caller()).isEqualTo(TwilioClient.CALLER);
        assertThat(heard.at()).isEqualTo(TestLine.OPEN);
        assertThat(heard.start().inHours()).as("Wednesday 10 AM in New York").isTrue();
        assertThat(heard.start().hour()).isEqualTo(10);
        assertThat(heard.ending()).as("if the caller hangs up now").contains(new CallEnding.Where(CallEnding.HUNG_UP_IN_MENU, "main"));
        assertThat(events).hasSize(1);
    }

    @Test
    void aDayStaffClosedTheClinicIsToldToTheCallerWithTheirReason() {
        Closure snow = new Closure(LocalDate.of(2026, 3, 4), Map.of("en", "the snow"));
        Office closed = office(TestLine.OPEN, store, TextMessages.NONE).withClosure(() -> Optional.of(snow));
        Twiml twiml = Twiml.parse(line(new LivePrompts(TestLine.shipped()), Optional.empty(), closed)
                .answer(request(Routes.VOICE, Map.of())));
        assertThat(twiml.spoken()).contains("We are closed today because of the snow.");
        assertThat(closed.withCalls(events::add).closure().get()).contains(snow);
    }

    @Test
    void aRequestWithoutACallAndTheStaffMembersWhisperAreNotRecorded() {
        PhoneLine line = line(TestLine.OPEN);
        Map<String, String> noCall = new HashMap<>(TwilioClient.callForm());
        noCall.remove("CallSid");
        assertThat(line.answer(new VoiceRequest(Routes.VOICE, Map.of(), noCall))).contains("<Gather");
        assertThat(line.respond(new VoiceRequest(Routes.VOICE, Map.of(), Map.of("CallSid", " "))).outcome()).isEqualTo("menu");
        line.respond(request(Routes.WHISPER + "?node=main&lang=en", Map.of()));
        assertThat(events).isEmpty();
    }

    @Test
    void theEndOfACallIsRecordedWithItsDurationCountedFromItsStart() {
        PhoneLine line = line(TestLine.OPEN);
        line.callEnded(request(Routes.STATUS, Map.of("CallDuration", " 42 ")));
        line.callEnded(request(Routes.STATUS, Map.of("CallDuration", "-5")));
        line.callEnded(request(Routes.STATUS, Map.of("CallDuration", "a while")));
        line.callEnded(request(Routes.STATUS, Map.of()));
        line.callEnded(new VoiceRequest(Routes.STATUS, Map.of(), Map.of("CallDuration", "42")));

        assertThat(events).extracting(e -> e.duration().orElseThrow()).containsExactly(42, 0, 0, 0);
        assertThat(events.get(0).start().at()).isEqualTo(TestLine.OPEN.minusSeconds(42));
        assertThat(events.get(0).at()).isEqualTo(TestLine.OPEN);
        assertThat(events.get(0).step()).isEmpty();
        assertThat(events.get(0).caller()).isEqualTo(TwilioClient.CALLER);
    }

    @Test
    void aTextSentIsSaidSoAndCarriesTheClinicsAddressToTheCaller() {
        PhoneLine line = line(new LivePrompts(withTexts), Optional.empty(),
                office(TestLine.OPEN, store, texts(TextMessages.Outcome.SENT)));
        Twiml sent = Twiml.parse(line.answer(request("/voice/menu?node=faq-painful&lang=en", Map.of("Digits", "6"))));

        assertThat(sent.spoken()).startsWith("I have sent you a text message with our address, hours and booking link.");
        assertThat(texted).hasSize(1);
        assertThat(texted.get(0)[0]).isEqualTo(TwilioClient.CALLER);
        assertThat(texted.get(0)[1]).startsWith("Gramercy Physical Therapy\n" + PromptsCopy.ADDRESS);
    }

    @Test
    void aTextThatFailsOrThrowsIsToldToTheCallerWithTheAddressInstead() {
        for (TextMessages.Outcome outcome : new TextMessages.Outcome[] {TextMessages.Outcome.FAILED, null}) {
            PhoneLine line = line(new LivePrompts(withTexts), Optional.empty(),
                    office(TestLine.OPEN, store, texts(outcome)));
            Twiml failed = Twiml.parse(line.answer(request("/voice/menu?node=faq-painful&lang=en", Map.of("Digits", "6"))));
            assertThat(failed.spoken()).as(String.valueOf(outcome)).startsWith("Sorry, the text message could not be sent."
                    + " Our address is " + PromptsCopy.ADDRESS);
            assertThat(failed.has("Gather")).isTrue();
        }
    }

    @Test
    void withoutTextsTheCallerIsNotOfferedOne() {
        PhoneLine line = line(new LivePrompts(withTexts), Optional.empty(), office(TestLine.OPEN, store, TextMessages.NONE));
        Twiml answer = Twiml.parse(line.answer(request("/voice/menu?node=faq&lang=en", Map.of("Digits", "2"))));
        assertThat(answer.spoken()).doesNotContain("by text message");
    }

    @Test
    void aMessageLeftIsKeptForTheFrontDeskWithWhoCalledAndWhere() {
        PhoneLine line = line(SUNDAY);
        Twiml thanks = Twiml.parse(line.answer(request(Routes.RECORDED + "?node=main&lang=en", recording("RE1"))));

        assertThat(thanks.spoken()).contains("Thank you. Your message is saved");
        Message kept = store.list().get(0);
        assertThat(kept.recordingSid()).isEqualTo("RE1");
        assertThat(kept.caller()).isEqualTo(TwilioClient.CALLER);
        assertThat(kept.language()).isEqualTo("en");
        assertThat(kept.topic()).isEqualTo("main");
        assertThat(kept.receivedAt()).isEqualTo(SUNDAY);
        assertThat(kept.seconds()).isEqualTo(17);
    }

    @Test
    void aMessageThatCannotBeKeptIsNeverSaidToBeSaved() {
        PhoneLine line = line(new LivePrompts(TestLine.shipped()), Optional.empty(), office(SUNDAY, down(), TextMessages.NONE));
        Twiml sorry = Twiml.parse(line.answer(request(Routes.RECORDED + "?node=main&lang=en", recording("RE2"))));
        assertThat(sorry.spoken()).startsWith("I am sorry, I could not save your message.");
        assertThat(sorry.spoken()).doesNotContain("saved for the front desk");
    }

    @Test
    void whenTwilioUsesTheFallbackTheCallerIsPutThroughToTheFrontDesk() {
        Reply reply = line(TestLine.OPEN).respond(request(Routes.FALLBACK, Map.of()));
        assertThat(reply.fallback()).isTrue();
        assertThat(reply.outcome()).isEqualTo(Reply.FALLBACK);
        assertThat(reply.node()).isEqualTo("-");
        Twiml twiml = Twiml.parse(reply.twiml());
        assertThat(twiml.dialled()).isEqualTo(SHIPPED_DESK);
        assertThat(twiml.spoken()).contains("Sorry, our phone menu has a problem. Let me put you through to the front desk.");
        assertThat(events).as("the fallback is no step of the call's flow").isEmpty();
    }

    @Test
    void anUnknownRouteGetsTheSafeAnswerNotAnError() {
        Reply reply = line(TestLine.OPEN).respond(request("/voice/nowhere", Map.of()));
        assertThat(reply.fallback()).isTrue();
        assertThat(Twiml.parse(reply.twiml()).dialled()).isEqualTo(SHIPPED_DESK);
    }

    @Test
    void withoutPromptsTheCallerReachesTheDeskSetByTheOperatorInTheirLanguage() {
        PhoneLine line = line(unreadable(), Optional.of(PhoneNumber.of("+12125550100")),
                office(TestLine.OPEN, store, TextMessages.NONE));
        Reply english = line.respond(request("/voice/menu?node=main&lang=en", Map.of("Digits", "2")));
        assertThat(english.fallback()).isTrue();
        assertThat(Twiml.parse(english.twiml()).dialled()).isEqualTo("+12125550100");

        Twiml spanish = Twiml.parse(line.answer(request("/voice/menu?node=main&lang=es", Map.of("Digits", "2"))));
        assertThat(spanish.spoken()).contains("Le comunicamos con la recepción.");
    }

    @Test
    void withoutPromptsOrADeskTheCallerLeavesAMessageThatIsKept() {
        PhoneLine line = line(unreadable(), Optional.empty(), office(SUNDAY, store, TextMessages.NONE));
        Twiml record = Twiml.parse(line.answer(request(Routes.VOICE, Map.of())));
        assertThat(record.has("Record")).isTrue();
        assertThat(record.has("Dial")).isFalse();

        Reply kept = line.respond(request(Routes.RECORDED + "?node=main&lang=es", recording("RE3")));
        assertThat(kept.fallback()).isTrue();
        assertThat(Twiml.parse(kept.twiml()).spoken()).contains("Gracias. Su mensaje quedó guardado para la recepción.");
        Message message = store.list().get(0);
        assertThat(message.recordingSid()).isEqualTo("RE3");
        assertThat(message.language()).isEqualTo("es");
        assertThat(message.caller()).isEqualTo(TwilioClient.CALLER);

        line.answer(request(Routes.RECORDED + "?node=faq", recording("RE10")));
        assertThat(store.list()).filteredOn(m -> m.recordingSid().equals("RE10")).singleElement()
                .extracting(Message::language).as("no language in the state: English").isEqualTo("en");

        Twiml silence = Twiml.parse(line.answer(request(Routes.RECORDED + "?node=main&lang=en", Map.of())));
        assertThat(silence.spoken()).contains("I did not hear a message. Please call again later. Goodbye.");
        assertThat(silence.has("Record")).as("asking again would never end").isFalse();
    }

    @Test
    void withoutPromptsAMessageThatCannotBeKeptIsSaidSo() {
        PhoneLine line = line(unreadable(), Optional.empty(), office(SUNDAY, down(), TextMessages.NONE));
        Twiml sorry = Twiml.parse(line.answer(request(Routes.RECORDED + "?node=main&lang=en", recording("RE4"))));
        assertThat(sorry.spoken()).contains("I am sorry, I could not save your message.");
    }

    @Test
    void theSafeAnswerNeverRingsTheNumberTheCallerDialled() {
        PhoneLine line = line(unreadable(), Optional.of(PhoneNumber.of(TwilioClient.LINE_NUMBER)),
                office(TestLine.OPEN, store, TextMessages.NONE));
        Twiml twiml = Twiml.parse(line.answer(request(Routes.VOICE, Map.of())));
        assertThat(twiml.has("Dial")).isFalse();
        assertThat(twiml.has("Record")).isTrue();
        Twiml afterSilence = Twiml.parse(line.answer(request(Routes.RECORDED + "?node=main&lang=en", Map.of())));
        assertThat(afterSilence.spoken()).contains("I did not hear a message.");
    }

    @Test
    void aQueryIsReadWithItsFirstValueOfEachNameAndABrokenOneGivesNone() {
        assertThat(VoiceRequest.query("node=faq&lang=es&node=main")).containsExactly(Map.entry("node", "faq"),
                Map.entry("lang", "es"));
        assertThat(VoiceRequest.query("node=%zz")).isEmpty();
        assertThat(VoiceRequest.query("")).isEmpty();
        assertThat(VoiceRequest.query(null)).isEmpty();
        assertThat(new VoiceRequest(Routes.VOICE, Map.of(), Map.of()).callSid()).isEqualTo("-");
    }

    @Test
    void theRecordingCallbackKeepsAMessageOnceEvenIfTheCallerHungUpAndRecordsThatTheyLeftOne() {
        MessageCallbacks callbacks = new MessageCallbacks(office(SUNDAY, store, TextMessages.NONE),
                new LivePrompts(TestLine.shipped()));
        callbacks.recording(request(Routes.RECORDING + "?node=faq&lang=es&caller=%2B12125550199", recording("RE5")));

        Message kept = store.list().get(0);
        assertThat(kept.caller()).as("the number the line handed out with the callback").isEqualTo("+12125550199");
        assertThat(kept.language()).isEqualTo("es");
        assertThat(kept.topic()).isEqualTo("faq");
        CallEvent left = events.get(0);
        assertThat(left.ending()).contains(new CallEnding.Where(CallEnding.MESSAGE_LEFT, "faq"));
        assertThat(left.caller()).isEqualTo("+12125550199");
        assertThat(left.start().inHours()).as("a Sunday").isFalse();
    }

    @Test
    void silenceOrAFailedRecordingIsNoMessage() {
        MessageCallbacks callbacks = new MessageCallbacks(office(SUNDAY, store, TextMessages.NONE),
                new LivePrompts(TestLine.shipped()));
        Map<String, String> failed = new HashMap<>(recording("RE6"));
        failed.put("RecordingStatus", "failed");
        callbacks.recording(request(Routes.RECORDING, failed));
        callbacks.recording(request(Routes.RECORDING, Map.of("RecordingSid", "RE7")));
        assertThat(store.list()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void theWordsOfAMessageArriveLaterAndAreAttachedToIt() {
        MessageCallbacks callbacks = new MessageCallbacks(office(SUNDAY, store, TextMessages.NONE),
                new LivePrompts(TestLine.shipped()));
        callbacks.transcription(request(Routes.TRANSCRIPTION, Map.of("TranscriptionText", "call me")));
        assertThat(store.list()).as("words without a recording are not a message").isEmpty();

        callbacks.transcription(request(Routes.TRANSCRIPTION, Map.of("RecordingSid", " RE8 ", "TranscriptionText",
                "Please call me back", "TranscriptionStatus", "completed", "RecordingUrl", "javascript:alert(1)")));
        Message words = store.list().get(0);
        assertThat(words.recordingSid()).isEqualTo("RE8");
        assertThat(words.transcription()).isEqualTo("Please call me back");
        assertThat(words.transcriptionStatus()).isEqualTo("completed");
        assertThat(words.recordingUrl()).as("only a web address is kept").isNull();

        callbacks.transcription(request(Routes.TRANSCRIPTION, Map.of("RecordingSid", "RE9", "TranscriptionText", "hi",
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE9")));
        assertThat(store.list()).filteredOn(m -> m.recordingSid().equals("RE9")).singleElement()
                .extracting(Message::recordingUrl).isEqualTo("https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE9");
    }
}
