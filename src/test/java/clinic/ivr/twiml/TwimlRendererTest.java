package clinic.ivr.twiml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.TestLine;
import clinic.ivr.checks.Rehearsal;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsLoader;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Which sentences each kind of step says, in what order, in whose voice, and where the caller's answer
 * goes: compared with the words staff wrote in the shipped prompts.
 */
class TwimlRendererTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final CallState EN = CallState.start("en");
    static final CallState ES = CallState.start("es");
    static final PhoneNumber DESK = PhoneNumber.of("+12125985913");
    static final PhoneNumber LINE = PhoneNumber.of("+16465550100");
    /** The shipped prompts with the address and booking link staff fill in to offer a text. */
    static final Prompts WITH_ADDRESS = withAddress();

    static String render(Prompts prompts, Step step) {
        try {
            return TwimlRenderer.render(prompts, step);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every line the caller hears, in order. */
    static List<String> heard(Prompts prompts, Step step) {
        return ParsedTwiml.parse(render(prompts, step)).said().stream().flatMap(s -> s.lines().stream()).toList();
    }

    static List<String> heard(Step step) {
        return heard(SHIPPED, step);
    }

    static String says(String language, EntryName entry) {
        return SHIPPED.wording(language).say(entry).plainText();
    }

    static String en(EntryName entry) {
        return says("en", entry);
    }

    static String option(String menu, String key) {
        return SHIPPED.wording("en").option(menu, key).plainText();
    }

    static Element gather(Step step) {
        return ParsedTwiml.parse(render(SHIPPED, step)).all("Gather").get(0);
    }

    @Test
    void theMainMenuOffersTheOtherLanguageTheOptionsAndTheWaysOut() {
        List<String> heard = heard(new Step.Menu(EN, Lead.NONE));
        assertThat(heard).containsExactly(says("es", FixedEntry.LANGUAGE_OFFER), option("main", "1"), option("main", "2"),
                option("main", "3"), option("main", "4"), option("main", "5"), en(FixedEntry.ASK_ANYTHING),
                en(FixedEntry.SLOWER_OPTION), en(FixedEntry.FRONT_DESK_OPTION), en(FixedEntry.REPEAT_OPTION));
        assertThat(heard(new Step.Menu(EN.withSlow(true), Lead.NONE))).as("at the slow pace, the way back to normal")
                .contains(en(FixedEntry.NORMAL_PACE_OPTION)).doesNotContain(en(FixedEntry.SLOWER_OPTION));
        assertThat(heard(new Step.Menu(ES, Lead.NONE)).get(0)).isEqualTo(en(FixedEntry.LANGUAGE_OFFER));
    }

    @Test
    void theFirstAnswerStartsWithTheEmergencyNoticeAndTheWelcome() {
        assertThat(heard(new Step.Menu(EN, Lead.of(Lead.Kind.WELCOME)))).startsWith(en(FixedEntry.EMERGENCY), en(FixedEntry.WELCOME));
    }

    @Test
    void onADayStaffClosedTheFirstAnswerSaysWhyAfterTheWelcome() {
        OpeningHours.Today snow = Rehearsal.SAMPLE_DAYS.stream().filter(d -> d.closure().flatMap(c -> c.reason("en"))
                .isPresent()).findFirst().orElseThrow();
        List<String> heard = heard(new Step.Menu(EN, Lead.of(Lead.Kind.WELCOME), Optional.of(snow)));
        assertThat(heard).startsWith(en(FixedEntry.EMERGENCY), en(FixedEntry.WELCOME),
                SHIPPED.wording("en").hours(FixedEntry.HOURS_CLOSED_TODAY, Map.of("reason", "the snow")).plainText());
        assertThat(heard(new Step.Menu(ES, Lead.of(Lead.Kind.WELCOME), Optional.of(snow)))).anyMatch(l -> l.contains("la nieve"));
    }

    @Test
    void aSubmenuOffersTheMainMenuInsteadOfTheLanguageAndThePace() {
        List<String> heard = heard(new Step.Menu(EN.at("faq"), Lead.NONE));
        assertThat(heard).endsWith(option("faq", "5"), en(FixedEntry.MAIN_MENU_OPTION), en(FixedEntry.FRONT_DESK_OPTION),
                en(FixedEntry.REPEAT_OPTION));
        assertThat(heard).doesNotContain(says("es", FixedEntry.LANGUAGE_OFFER), en(FixedEntry.SLOWER_OPTION), en(FixedEntry.ASK_ANYTHING));
        if (SHIPPED.wording("en").has(EntryName.passage("faq"))) {
            assertThat(heard.get(0)).isEqualTo(en(EntryName.passage("faq")));
        }
    }

    @Test
    void afterSilenceAMenuIsOnlyItsChoicesAndTheDesk() {
        List<String> heard = heard(new Step.Menu(EN, Lead.of(Lead.Kind.SILENCE)));
        assertThat(heard).containsExactly(en(FixedEntry.SILENCE), option("main", "1"), option("main", "2"), option("main", "3"),
                option("main", "4"), option("main", "5"), en(FixedEntry.FRONT_DESK_OPTION));
    }

    @Test
    void askedToWaitEveryStepThatListensSaysOnlyThatItWaitsThenListensLongerWhereItWas() {
        CallState waited = EN.morePatient();
        Lead wait = Lead.of(Lead.Kind.WAIT);
        List<Step> steps = List.of(new Step.Menu(waited.at("faq"), wait), new Step.Answer(waited.at("what-it-is"), wait, 4, ""),
                new Step.Answer(waited.at("faq-painful"), wait, 1, "1", true),
                new Step.Hours(waited.at("hours"), wait, Rehearsal.SAMPLE_DAYS.get(0)),
                new Step.Confirm(waited.asking(CallState.FRONT_DESK), wait),
                new Step.MessageOffer(waited, wait, true, Rehearsal.SAMPLE_DAYS.get(0), Rehearsal.SAMPLE_CALLBACK));
        for (Step step : steps) {
            assertThat(heard(step)).as(step.toString()).containsExactly(en(FixedEntry.WAIT_NOW));
            Element gather = gather(step);
            assertThat(gather.getAttribute("timeout")).as(step.toString()).isEqualTo("12");
            assertThat(gather.getAttribute("action")).as("the same step listens: " + step)
                    .isEqualTo(step instanceof Step.MessageOffer ? Routes.desk(waited) : Routes.menu(step.state()));
        }
        assertThat(heard(new Step.Menu(ES.morePatient(), wait))).containsExactly(says("es", FixedEntry.WAIT_NOW));
    }

    @Test
    void eachLeadSaysWhyBeforeTheMenu() {
        Map<Lead.Kind, FixedEntry> leads = Map.ofEntries(Map.entry(Lead.Kind.INVALID_CHOICE, FixedEntry.INVALID_CHOICE),
                Map.entry(Lead.Kind.NOT_UNDERSTOOD, FixedEntry.NOT_UNDERSTOOD), Map.entry(Lead.Kind.PROBLEM, FixedEntry.PROBLEM),
                Map.entry(Lead.Kind.SLOWER_NOW, FixedEntry.SLOWER_NOW), Map.entry(Lead.Kind.NORMAL_PACE_NOW, FixedEntry.NORMAL_PACE_NOW),
                Map.entry(Lead.Kind.FRONT_DESK_UNAVAILABLE, FixedEntry.FRONT_DESK_UNAVAILABLE),
                Map.entry(Lead.Kind.FRONT_DESK_MISSED, FixedEntry.FRONT_DESK_MISSED),
                Map.entry(Lead.Kind.AFTER_MISSES, FixedEntry.AFTER_MISSES), Map.entry(Lead.Kind.DESK_CLOSED, FixedEntry.DESK_CLOSED),
                Map.entry(Lead.Kind.RECORDING_EMPTY, FixedEntry.RECORDING_EMPTY),
                Map.entry(Lead.Kind.MESSAGE_NOT_SAVED, FixedEntry.MESSAGE_NOT_SAVED), Map.entry(Lead.Kind.TEXT_SENT, FixedEntry.TEXT_SENT),
                Map.entry(Lead.Kind.TEXT_FAILED, FixedEntry.TEXT_FAILED), Map.entry(Lead.Kind.ASK_THE_DESK, FixedEntry.ASK_THE_DESK));
        leads.forEach((kind, entry) -> {
            if (!en(entry).isEmpty()) {
                assertThat(heard(new Step.Menu(EN, Lead.of(kind))).get(0)).as(kind.name()).isEqualTo(en(entry));
            }
        });
        String invalid = SHIPPED.wording("en").invalidKey("6").plainText();
        assertThat(heard(new Step.Menu(EN, new Lead(Lead.Kind.INVALID_KEY, "6"))).get(0)).isEqualTo(invalid);
    }

    @Test
    void askedWhoTheFrontDeskIsTheLineSaysItThenAsksAgain() {
        assertThat(heard(new Step.Confirm(ES.asking(CallState.FRONT_DESK), Lead.of(Lead.Kind.WHO_THE_DESK_IS))))
                .containsExactly(says("es", FixedEntry.WHO_THE_DESK_IS), says("es", FixedEntry.CONFIRM_FRONT_DESK));
    }

    @Test
    void directionsAreTheAddressWhenStaffGaveOneElseTheDesk() {
        assertThat(heard(new Step.Confirm(EN.asking(CallState.FRONT_DESK), Lead.of(Lead.Kind.DIRECTIONS))))
                .containsExactly(en(FixedEntry.DIRECTIONS_UNKNOWN), en(FixedEntry.CONFIRM_FRONT_DESK));
        List<String> heard = heard(WITH_ADDRESS, new Step.Confirm(EN.asking(CallState.FRONT_DESK), Lead.of(Lead.Kind.DIRECTIONS)));
        assertThat(heard.get(0)).contains("20 Example Street");
        assertThat(heard).hasSize(3).endsWith(en(FixedEntry.CONFIRM_FRONT_DESK));
    }

    static Prompts withAddress() {
        Map<String, String> texts = new TreeMap<>(PromptFiles.read(TestLine.SHIPPED_PROMPTS).texts());
        texts.put("clinic.yaml", texts.get("clinic.yaml") + "\naddress: \"20 Example Street, New York, NY 10003\"\n"
                + "booking_link: \"https://clinic.example/book\"\n");
        try {
            return new PromptsLoader(Optional.empty()).load(PromptFiles.of(texts));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aConfirmingQuestionNamesWhatItAsksAbout() {
        assertThat(heard(new Step.Confirm(EN.asking("faq"), Lead.NONE)))
                .containsExactly(SHIPPED.wording("en").confirm("faq").plainText());
        assertThat(heard(new Step.Confirm(EN.asking(CallState.FRONT_DESK), Lead.NONE)))
                .containsExactly(en(FixedEntry.CONFIRM_FRONT_DESK));
    }

    @Test
    void theFirstOfSeveralPartsTellsHowToSkipAndTheLastWhatNext() {
        String topic = Rehearsal.steps(SHIPPED).values().stream().filter(s -> s instanceof Step.Answer a && a.parts() > 1
                && a.state().language().equals("en")).map(s -> s.state().node()).findFirst().orElseThrow();
        int parts = SHIPPED.wording("en").parts(EntryName.passage(topic)).size();
        String back = SHIPPED.tree().parent(topic).filter(m -> !m.equals("main")).map(m -> "1").orElse("");
        List<String> first = heard(new Step.Answer(EN.at(topic).atPart(1), Lead.NONE, parts, back));
        assertThat(first.get(0)).isEqualTo(en(FixedEntry.SKIP_OPTION));
        assertThat(first).doesNotContain(en(FixedEntry.REPEAT_OPTION));
        assertThat(gather(new Step.Answer(EN.at(topic).atPart(1), Lead.NONE, parts, back)).getAttribute("timeout"))
                .as("between parts the answer goes on by itself").isNotEqualTo(gather(new Step.Menu(EN, Lead.NONE))
                        .getAttribute("timeout"));
        List<String> second = heard(new Step.Answer(EN.at(topic).atPart(2), Lead.NONE, parts, back));
        assertThat(second.get(0)).isNotEqualTo(en(FixedEntry.SKIP_OPTION));
        List<String> last = heard(new Step.Answer(EN.at(topic).atPart(parts), Lead.NONE, parts, back));
        assertThat(last).endsWith(en(FixedEntry.REPEAT_OPTION), en(FixedEntry.MAIN_MENU_OPTION), en(FixedEntry.FRONT_DESK_OPTION));
    }

    @Test
    void anAnswerInASubmenuOffersTheWayBackAndTheTextWhenOffered() {
        String topic = SHIPPED.tree().options("faq").get(0).target();
        int parts = SHIPPED.wording("en").parts(EntryName.passage(topic)).size();
        List<String> last = heard(new Step.Answer(EN.at("faq").at(topic).atPart(parts), Lead.NONE, parts, "1"));
        assertThat(last).endsWith(en(EntryName.back("faq")), en(FixedEntry.REPEAT_OPTION), en(FixedEntry.MAIN_MENU_OPTION),
                en(FixedEntry.FRONT_DESK_OPTION));
        List<String> noBack = heard(new Step.Answer(EN.at(topic).atPart(parts), Lead.NONE, parts, ""));
        assertThat(noBack).doesNotContain(en(EntryName.back("faq")));
        List<String> offered = heard(WITH_ADDRESS, new Step.Answer(EN.at(topic).atPart(parts), Lead.NONE, parts, "", true));
        assertThat(offered).contains(WITH_ADDRESS.wording("en").say(FixedEntry.TEXT_OPTION).plainText());
    }

    @Test
    void afterSilenceAnAnswerIsNotSaidAgainOnlyWhatNext() {
        String topic = SHIPPED.tree().options("main").get(0).target();
        int parts = SHIPPED.wording("en").parts(EntryName.passage(topic)).size();
        List<String> heard = heard(new Step.Answer(EN.at(topic).atPart(parts), Lead.of(Lead.Kind.SILENCE), parts, ""));
        assertThat(heard).containsExactly(en(FixedEntry.SILENCE), en(FixedEntry.REPEAT_OPTION), en(FixedEntry.MAIN_MENU_OPTION),
                en(FixedEntry.FRONT_DESK_OPTION));
    }

    @Test
    void thankedTheLineSaysYouAreWelcomeAndOnlyTheChoicesNotTheAnswerAgain() {
        String topic = SHIPPED.tree().options("main").get(0).target();
        int parts = SHIPPED.wording("en").parts(EntryName.passage(topic)).size();
        assertThat(heard(new Step.Answer(EN.at(topic).atPart(parts), Lead.of(Lead.Kind.THANKS), parts, "")))
                .containsExactly(en(FixedEntry.YOU_ARE_WELCOME), en(FixedEntry.REPEAT_OPTION), en(FixedEntry.MAIN_MENU_OPTION),
                        en(FixedEntry.FRONT_DESK_OPTION));
        assertThat(heard(new Step.Menu(EN, Lead.of(Lead.Kind.THANKS)))).containsExactly(en(FixedEntry.YOU_ARE_WELCOME),
                option("main", "1"), option("main", "2"), option("main", "3"), option("main", "4"), option("main", "5"),
                en(FixedEntry.FRONT_DESK_OPTION));
        assertThat(heard(new Step.Answer(EN.at(topic).atPart(parts), Lead.of(Lead.Kind.ACKNOWLEDGED), parts, "")))
                .as("after an okay, only the choices").containsExactly(en(FixedEntry.REPEAT_OPTION),
                        en(FixedEntry.MAIN_MENU_OPTION), en(FixedEntry.FRONT_DESK_OPTION));
    }

    @Test
    void theHoursSayTodayTheWeekAndWhatNext() {
        OpeningHours.Today open = Rehearsal.SAMPLE_DAYS.get(0);
        List<String> heard = heard(new Step.Hours(EN.at("hours"), Lead.NONE, open));
        assertThat(heard.get(0)).isEqualTo(SHIPPED.wording("en").hours(FixedEntry.HOURS_OPEN_NOW, Map.of()).plainText());
        assertThat(heard).contains(SHIPPED.wording("en").hours(FixedEntry.HOURS_WEEK, Map.of()).plainText())
                .endsWith(en(FixedEntry.REPEAT_OPTION), en(FixedEntry.MAIN_MENU_OPTION), en(FixedEntry.FRONT_DESK_OPTION));
        assertThat(heard(new Step.Hours(EN.at("hours"), Lead.of(Lead.Kind.SILENCE), open)))
                .containsExactly(en(FixedEntry.SILENCE), en(FixedEntry.REPEAT_OPTION), en(FixedEntry.MAIN_MENU_OPTION),
                        en(FixedEntry.FRONT_DESK_OPTION));
    }

    @Test
    void theMessageOfferSaysWhyAndOffersTryingAgainOnlyWhenItCan() {
        OpeningHours.Today closed = Rehearsal.SAMPLE_DAYS.get(2);
        List<String> again = heard(new Step.MessageOffer(EN, Lead.of(Lead.Kind.FRONT_DESK_MISSED), true, closed, Rehearsal.SAMPLE_CALLBACK));
        assertThat(again).containsExactly(en(FixedEntry.FRONT_DESK_MISSED), en(FixedEntry.MESSAGE_OPTION),
                en(FixedEntry.TRY_AGAIN_OPTION), en(FixedEntry.MAIN_MENU_OPTION), en(FixedEntry.REPEAT_OPTION));
        List<String> once = heard(new Step.MessageOffer(EN, Lead.of(Lead.Kind.FRONT_DESK_MISSED), false, closed, Rehearsal.SAMPLE_CALLBACK));
        assertThat(once).doesNotContain(en(FixedEntry.TRY_AGAIN_OPTION));
        List<String> deskClosed = heard(new Step.MessageOffer(EN, Lead.of(Lead.Kind.DESK_CLOSED), false, closed, Rehearsal.SAMPLE_CALLBACK));
        assertThat(deskClosed.get(0)).isEqualTo(en(FixedEntry.DESK_CLOSED));
        assertThat(deskClosed.get(1)).as("then when it opens").isNotEqualTo(en(FixedEntry.MESSAGE_OPTION));
        assertThat(gather(new Step.MessageOffer(EN, Lead.NONE, false, closed, Rehearsal.SAMPLE_CALLBACK)).getAttribute("action"))
                .startsWith(Routes.DESK + "?");
    }

    /** Asked about the message at the offer, the caller hears when the clinic calls back, then the offer's choices. */
    @Test
    void theMessageOfferAskedAboutSaysWhenTheClinicCallsBack() {
        OpeningHours.Today closed = Rehearsal.SAMPLE_DAYS.get(2);
        OpeningHours.Callback tomorrow = new OpeningHours.Callback(OpeningHours.Callback.When.TOMORROW, DayOfWeek.MONDAY);
        assertThat(heard(new Step.MessageOffer(EN, Lead.of(Lead.Kind.CALLBACK), false, closed, tomorrow)))
                .containsExactly(en(FixedEntry.CALLBACK_TOMORROW), en(FixedEntry.MESSAGE_OPTION),
                        en(FixedEntry.MAIN_MENU_OPTION), en(FixedEntry.REPEAT_OPTION));
        OpeningHours.Callback tuesday = new OpeningHours.Callback(OpeningHours.Callback.When.ON_DAY, DayOfWeek.TUESDAY);
        assertThat(heard(new Step.MessageOffer(EN, Lead.of(Lead.Kind.CALLBACK), false, closed, tuesday)).get(0))
                .isEqualTo(SHIPPED.wording("en").callbackOn(DayOfWeek.TUESDAY).plainText());
    }

    @Test
    void aMenuWaitsForSpeechOrKeysInTheCallersLanguage() {
        Step menu = new Step.Menu(ES.at("faq"), Lead.NONE);
        Element gather = gather(menu);
        assertThat(gather.getAttribute("action")).isEqualTo(Routes.menu(menu.state()));
        assertThat(gather.getAttribute("timeout")).isEqualTo(String.valueOf(menu.waitSeconds()));
        assertThat(gather.getAttribute("language")).isEqualTo("es-US");
        assertThat(gather.getAttribute("speechModel")).isEqualTo("phone_call");
        assertThat(gather.getAttribute("speechTimeout")).isEqualTo("2");
        assertThat(gather.getAttribute("hints")).isNotBlank();
        List<Element> redirect = ParsedTwiml.parse(render(SHIPPED, menu)).all("Redirect");
        assertThat(redirect.get(0).getTextContent().trim()).isEqualTo(Routes.menu(menu.state()));
    }

    @Test
    void aMessageIsRecordedAndTranscribedOnlyInEnglish() {
        Element english = ParsedTwiml.parse(render(SHIPPED, new Step.Voicemail(EN, PhoneNumber.of("+12125550147"))))
                .all("Record").get(0);
        assertThat(english.getAttribute("action")).startsWith(Routes.RECORDED + "?");
        assertThat(english.getAttribute("maxLength")).isEqualTo("120");
        assertThat(english.getAttribute("timeout")).isEqualTo("5");
        assertThat(english.getAttribute("recordingStatusCallback")).contains("caller=%2B12125550147");
        assertThat(english.getAttribute("transcribe")).isEqualTo("true");
        assertThat(english.getAttribute("transcribeCallback")).startsWith(Routes.TRANSCRIPTION + "?");
        assertThat(heard(new Step.Voicemail(EN, PhoneNumber.of("+12125550147")))).containsExactly(en(FixedEntry.MESSAGE_INSTRUCTIONS));
        Element spanish = ParsedTwiml.parse(render(SHIPPED, new Step.Voicemail(ES, PhoneNumber.of("+12125550147"))))
                .all("Record").get(0);
        assertThat(spanish.getAttribute("transcribe")).isNotEqualTo("true");
    }

    @Test
    void aKeptMessageTellsWhenTheDeskCallsBack() {
        Recording recording = new Recording("RE0", "https://api.twilio.com/rec", 30, "");
        assertThat(heard(new Step.MessageTaken(EN, recording, new OpeningHours.Callback(OpeningHours.Callback.When.TODAY,
                DayOfWeek.MONDAY)))).containsExactly(en(FixedEntry.MESSAGE_SAVED), en(FixedEntry.CALLBACK_TODAY), en(FixedEntry.GOODBYE));
        assertThat(heard(new Step.MessageTaken(EN, recording, new OpeningHours.Callback(OpeningHours.Callback.When.TOMORROW,
                DayOfWeek.MONDAY)))).containsExactly(en(FixedEntry.MESSAGE_SAVED), en(FixedEntry.CALLBACK_TOMORROW), en(FixedEntry.GOODBYE));
        assertThat(heard(new Step.MessageTaken(EN, recording, new OpeningHours.Callback(OpeningHours.Callback.When.ON_DAY,
                DayOfWeek.TUESDAY)))).containsExactly(en(FixedEntry.MESSAGE_SAVED),
                SHIPPED.wording("en").callbackOn(DayOfWeek.TUESDAY).plainText(), en(FixedEntry.GOODBYE));
    }

    @Test
    void staffHearTheWhisperInTheLinesFirstLanguageAtTheNormalPace() {
        Step spanishCaller = new Step.Whisper(ES.withSlow(true).at("faq"));
        ParsedTwiml parsed = ParsedTwiml.parse(render(SHIPPED, spanishCaller));
        assertThat(parsed.said()).allSatisfy(s -> {
            assertThat(s.language()).isEqualTo("en-US");
            assertThat(s.slow()).isFalse();
        });
        assertThat(heard(spanishCaller)).containsExactly(SHIPPED.wording("en").whisper("faq").plainText(),
                SHIPPED.wording("en").whisperLanguage("es").plainText());
        assertThat(heard(new Step.Whisper(EN.at("faq")))).containsExactly(SHIPPED.wording("en").whisper("faq").plainText());
        Element gather = parsed.all("Gather").get(0);
        assertThat(gather.getAttribute("action")).startsWith(Routes.WHISPER + "?");
        assertThat(gather.getAttribute("timeout")).isEqualTo("8");
        assertThat(heard(new Step.Connect(ES))).as("accepted: the caller is put through, nothing said").isEmpty();
    }

    @Test
    void theDeskIsRungFromTheLinesNumberForTheRingTimeStaffSet() {
        ParsedTwiml parsed = ParsedTwiml.parse(render(SHIPPED, new Step.FrontDesk(EN, Lead.NONE, DESK, LINE)));
        Element dial = parsed.all("Dial").get(0);
        assertThat(dial.getAttribute("timeout")).isEqualTo("20");
        assertThat(dial.getAttribute("callerId")).isEqualTo("+16465550100");
        assertThat(dial.getAttribute("action")).startsWith(Routes.FRONT_DESK + "?");
        assertThat(dial.getTextContent()).contains("+12125985913");
        assertThat(heard(new Step.FrontDesk(EN, Lead.of(Lead.Kind.AFTER_MISSES), DESK)))
                .containsExactly(en(FixedEntry.AFTER_MISSES), en(FixedEntry.FRONT_DESK_CONNECTING));
        Element noCallerId = ParsedTwiml.parse(render(SHIPPED, new Step.FrontDesk(EN, Lead.NONE, DESK,
                PhoneNumber.of("anonymous")))).all("Dial").get(0);
        assertThat(noCallerId.getAttribute("callerId")).isEmpty();
    }

    @Test
    void goodbyeIsOneSentenceAndTheLineHangsUp() {
        assertThat(heard(new Step.Goodbye(ES))).containsExactly(says("es", FixedEntry.GOODBYE));
        assertThat(ParsedTwiml.parse(render(SHIPPED, new Step.Goodbye(ES))).all("Hangup")).hasSize(1);
        assertThat(TwimlRenderer.template(SHIPPED, new Step.Goodbye(ES))).isEqualTo("goodbye.ftlx");
    }

    @Test
    void aTextIsSentNotSaid() {
        assertThatThrownBy(() -> TwimlRenderer.render(SHIPPED, new Step.SendText(EN, PhoneNumber.of("+12125550147"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TwimlRenderer.textMessage(WITH_ADDRESS, "en")).contains("20 Example Street");
    }
}
