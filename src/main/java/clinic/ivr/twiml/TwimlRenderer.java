package clinic.ivr.twiml;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.SpokenHours;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Speech;
import clinic.ivr.prompts.Wording;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Chooses the words for a {@link Step} in the caller's language and lays them out with the
 * version's TwiML templates. Which sentences and in what order is decided here; the XML is the
 * templates'.
 */
public final class TwimlRenderer {

    /** Slower speech, for callers who asked for it. */
    public static final String SLOW_RATE = "85%";
    static final String SENTENCE_PAUSE = "300ms";
    static final String OPTION_PAUSE = "600ms";
    /** Two minutes is plenty for a name, a number and a good time to call back. */
    static final int MESSAGE_MAX_SECONDS = 120;
    /** Seconds of silence that end a message. */
    static final int MESSAGE_SILENCE_SECONDS = 5;
    /** How long the staff member who picks up has to press a key. */
    static final int WHISPER_WAIT_SECONDS = 8;
    /** Twilio's speech model made for phone audio. "enhanced" is left out: Twilio deprecated it. */
    static final String SPEECH_MODEL = "phone_call";
    /**
     * Seconds of quiet that end a spoken answer. Twilio refuses "auto" once a speech model is set, and
     * older callers pause mid-sentence: two seconds lets them finish.
     */
    static final int SPEECH_END_SECONDS = 2;

    private TwimlRenderer() {}

    /** The templates that lay out steps. */
    static final String MENU = "menu.ftlx";
    static final String FRONT_DESK = "front-desk.ftlx";
    static final String VOICEMAIL = "voicemail.ftlx";
    static final String WHISPER = "whisper.ftlx";
    static final String GOODBYE = "goodbye.ftlx";

    /** How a step is laid out: its template, and the values that template reads (built when rendering). */
    record Layout(String template, Supplier<Map<String, Object>> model) {}

    public static String render(Prompts prompts, Step step) throws TemplateException, IOException {
        Layout layout = step.accept(new Words(prompts, step));
        return process(prompts.templates().get(layout.template()), layout.model().get());
    }

    /** The template file that lays out a step, such as "menu.ftlx". */
    public static String template(Prompts prompts, Step step) {
        return step.accept(new Words(prompts, step)).template();
    }

    /** The text message a caller asked for, in their language. */
    public static String textMessage(Prompts prompts, String language) {
        return prompts.wording(language).say(FixedEntry.TEXT_MESSAGE).writtenText();
    }

    /** Room for an answer that listens, with its hints (9 to 11 KB), so the text is not copied as it grows. */
    private static final int ANSWER_CHARACTERS = 16 * 1024;

    static String process(Template template, Map<String, Object> model) throws TemplateException, IOException {
        StringWriter out = new StringWriter(ANSWER_CHARACTERS);
        template.process(model, out);
        return out.toString().stripLeading();
    }

    /**
     * The words of one answer, in the caller's language and voice, and the template that lays them out:
     * the one place that knows, for each kind of step, what is said and how.
     */
    private static final class Words implements Step.Visitor<Layout> {
        private final Prompts prompts;
        private final Step step;
        private final Wording w;
        private final ClinicSettings.Voice voice;
        private final String rate;

        Words(Prompts prompts, Step step) {
            this.prompts = prompts;
            this.step = step;
            this.w = prompts.wording(step.state().language());
            this.voice = prompts.voice(step.state().language());
            this.rate = step.state().slow() ? SLOW_RATE : "";
        }

        @Override
        public Layout menu(Step.Menu menu) {
            return listening(menu.lead(), Routes.menu(menu.state()), () -> menuModel(menu));
        }

        @Override
        public Layout answer(Step.Answer answer) {
            return listening(answer.lead(), Routes.menu(answer.state()), () -> answerModel(answer));
        }

        @Override
        public Layout hours(Step.Hours hours) {
            return listening(hours.lead(), Routes.menu(hours.state()), () -> hoursModel(hours));
        }

        @Override
        public Layout confirm(Step.Confirm confirm) {
            return listening(confirm.lead(), Routes.menu(confirm.state()), () -> confirmModel(confirm));
        }

        @Override
        public Layout messageOffer(Step.MessageOffer offer) {
            return listening(offer.lead(), Routes.desk(offer.state()), () -> messageOfferModel(offer));
        }

        @Override
        public Layout frontDesk(Step.FrontDesk desk) {
            return new Layout(FRONT_DESK, () -> frontDeskModel(desk));
        }

        @Override
        public Layout voicemail(Step.Voicemail voicemail) {
            return new Layout(VOICEMAIL, () -> voicemailModel(voicemail));
        }

        @Override
        public Layout messageTaken(Step.MessageTaken taken) {
            return new Layout(GOODBYE, () -> messageTakenModel(taken));
        }

        @Override
        public Layout whisper(Step.Whisper whisper) {
            return new Layout(WHISPER, this::whisperModel);
        }

        @Override
        public Layout connect(Step.Connect connect) {
            return new Layout(WHISPER, () -> Map.of("says", List.of()));
        }

        @Override
        public Layout sendText(Step.SendText text) {
            throw new IllegalArgumentException("a text message is sent by the line, not said: ask Flow.afterText");
        }

        @Override
        public Layout goodbye(Step.Goodbye goodbye) {
            return new Layout(GOODBYE, this::goodbyeModel);
        }

        /**
         * A step that listens, laid out by {@code model}; but when the caller asked the line to wait, only that it
         * waits ("Take your time. I'll wait."), then the same step listens again, for as long as its patience
         * says: nothing is read out while the caller is away.
         */
        private Layout listening(Lead lead, String action, Supplier<Map<String, Object>> model) {
            return new Layout(MENU, lead.kind() != Lead.Kind.WAIT ? model
                    : () -> gather(List.of(say(voice, SENTENCE_PAUSE, lead(lead))), action));
        }

        private Map<String, Object> menuModel(Step.Menu menu) {
            String name = menu.state().node();
            boolean main = name.equals(PhoneTree.MAIN);
            List<Map<String, Object>> says = new ArrayList<>();
            List<Speech> first = new ArrayList<>(lead(menu.lead()));
            menu.closedToday().ifPresent(today -> first.addAll(today(today, false)));
            add(says, say(voice, SENTENCE_PAUSE, first));
            List<Speech> lines = new ArrayList<>();
            if (menu.lead().kind().choicesInShort()) {
                // a shorter reprompt: just the choices
                options(name, lines);
                lines.add(w.say(FixedEntry.FRONT_DESK_OPTION));
            } else {
                if (main) {
                    prompts.flow().otherLanguage(w.language()).ifPresent(other -> add(says,
                            say(prompts.voice(other), SENTENCE_PAUSE, List.of(prompts.wording(other).say(FixedEntry.LANGUAGE_OFFER)))));
                }
                if (w.has(EntryName.passage(name))) {
                    lines.add(w.say(EntryName.passage(name)));
                }
                options(name, lines);
                if (main) {
                    lines.add(w.say(FixedEntry.ASK_ANYTHING));
                    lines.add(w.say(menu.state().slow() ? FixedEntry.NORMAL_PACE_OPTION : FixedEntry.SLOWER_OPTION));
                } else {
                    lines.add(w.say(FixedEntry.MAIN_MENU_OPTION));
                }
                lines.add(w.say(FixedEntry.FRONT_DESK_OPTION));
                lines.add(w.say(FixedEntry.REPEAT_OPTION));
            }
            add(says, say(voice, OPTION_PAUSE, lines));
            return gather(says);
        }

        private Map<String, Object> answerModel(Step.Answer answer) {
            String topic = answer.state().node();
            List<Map<String, Object>> says = new ArrayList<>();
            add(says, say(voice, SENTENCE_PAUSE, lead(answer.lead())));
            if (!answer.lead().kind().choicesInShort()) {
                List<Speech> text = new ArrayList<>();
                if (answer.state().part() == 1 && answer.parts() > 1) {
                    text.add(w.say(FixedEntry.SKIP_OPTION));
                }
                List<Speech> parts = w.parts(EntryName.passage(topic));
                text.add(parts.get(Math.min(answer.state().part(), parts.size()) - 1));
                add(says, say(voice, SENTENCE_PAUSE, text));
            }
            if (answer.lastPart()) {
                afterAnswer(says, answer.back().isEmpty() ? "" : prompts.tree().parent(topic).orElse(""),
                        answer.textOffer());
            }
            return gather(says);
        }

        /** What to do after an answer: back to its submenu, a text, repeat, main menu, front desk. */
        private void afterAnswer(List<Map<String, Object>> says, String submenu, boolean textOffer) {
            List<Speech> next = new ArrayList<>();
            if (!submenu.isEmpty()) {
                next.add(w.say(EntryName.back(submenu)));
            }
            if (textOffer) {
                next.add(w.say(FixedEntry.TEXT_OPTION));
            }
            next.add(w.say(FixedEntry.REPEAT_OPTION));
            next.add(w.say(FixedEntry.MAIN_MENU_OPTION));
            next.add(w.say(FixedEntry.FRONT_DESK_OPTION));
            add(says, say(voice, OPTION_PAUSE, next));
        }

        /** Open or closed now, today's hours, when the clinic opens again, the usual week; then what next. */
        private Map<String, Object> hoursModel(Step.Hours hours) {
            List<Map<String, Object>> says = new ArrayList<>();
            add(says, say(voice, SENTENCE_PAUSE, lead(hours.lead())));
            if (!hours.lead().kind().choicesInShort()) {
                List<Speech> text = new ArrayList<>(today(hours.today(), true));
                text.add(w.hours(FixedEntry.HOURS_WEEK, Map.of()));
                add(says, say(voice, SENTENCE_PAUSE, text));
            }
            String menu = prompts.tree().parent(PhoneTree.HOURS).orElse(PhoneTree.MAIN);
            afterAnswer(says, menu.equals(PhoneTree.MAIN) ? "" : menu, false);
            return gather(says);
        }

        /**
         * Today as a caller hears it: "We are open now. Today's hours are 8 AM to 7 PM." or "Today,
         * Christmas Day, we are closed. We open again on Monday, December 28, at 8 AM."
         *
         * @param status say whether the clinic is open at this moment (the closed desk has said so)
         */
        private List<Speech> today(OpeningHours.Today today, boolean status) {
            String language = w.language();
            List<Speech> lines = new ArrayList<>();
            Map<String, String> values = new java.util.HashMap<>();
            today.hours().ifPresent(span -> {
                values.put("opens", SpokenHours.time(span.opens(), language));
                values.put("closes", SpokenHours.time(span.closes(), language));
            });
            int index = new ArrayList<>(prompts.clinic().languages().keySet()).indexOf(language);
            today.name(Math.max(0, index)).ifPresent(name -> values.put("day", name));
            Optional<String> reason = today.closure().flatMap(closure -> closure.reason(language));
            if (reason.isPresent()) {
                lines.add(w.hours(FixedEntry.HOURS_CLOSED_TODAY, Map.of("reason", reason.get())));
            } else if (today.closure().isPresent()) {
                lines.add(w.hours(FixedEntry.HOURS_TODAY_CLOSED, values));
            }
            if (status && today.hours().isPresent()) {
                lines.add(w.hours(today.openNow() ? FixedEntry.HOURS_OPEN_NOW : FixedEntry.HOURS_CLOSED_NOW, values));
            }
            boolean named = values.containsKey("day");
            if (today.hours().isPresent()) {
                lines.add(w.hours(named ? FixedEntry.HOURS_SPECIAL_DAY : FixedEntry.HOURS_TODAY, values));
            } else if (today.closure().isEmpty()) {
                lines.add(w.hours(named ? FixedEntry.HOURS_SPECIAL_DAY_CLOSED : FixedEntry.HOURS_TODAY_CLOSED, values));
            }
            today.nextOpening().filter(next -> !next.toLocalDate().equals(today.date())).ifPresent(next -> {
                Map<String, String> opening = Map.of("opens", SpokenHours.time(next.toLocalTime(), language),
                        "date", SpokenHours.date(next.toLocalDate(), language));
                lines.add(w.hours(next.toLocalDate().equals(today.date().plusDays(1))
                        ? FixedEntry.HOURS_NEXT_TOMORROW : FixedEntry.HOURS_NEXT, opening));
            });
            return lines;
        }

        /** Why the line asks (the desk can answer that, directions), then the one short question. */
        private Map<String, Object> confirmModel(Step.Confirm confirm) {
            List<Map<String, Object>> says = new ArrayList<>();
            List<Speech> lines = new ArrayList<>(lead(confirm.lead()));
            String ask = confirm.state().ask();
            lines.add(ask.equals(CallState.FRONT_DESK) ? w.say(FixedEntry.CONFIRM_FRONT_DESK) : w.confirm(ask));
            add(says, say(voice, SENTENCE_PAUSE, lines));
            return gather(says);
        }

        /** Why the desk cannot answer, then: leave a message, try again (when open), main menu, repeat. */
        private Map<String, Object> messageOfferModel(Step.MessageOffer offer) {
            List<Map<String, Object>> says = new ArrayList<>();
            List<Speech> why = new ArrayList<>(lead(offer.lead()));
            if (offer.lead().kind() == Lead.Kind.DESK_CLOSED) {
                why.addAll(today(offer.today(), false));
            }
            if (offer.lead().kind() == Lead.Kind.CALLBACK) {
                why.add(callback(offer.callback()));
            }
            add(says, say(voice, SENTENCE_PAUSE, why));
            List<Speech> lines = new ArrayList<>();
            lines.add(w.say(FixedEntry.MESSAGE_OPTION));
            if (offer.tryAgain()) {
                lines.add(w.say(FixedEntry.TRY_AGAIN_OPTION));
            }
            lines.add(w.say(FixedEntry.MAIN_MENU_OPTION));
            lines.add(w.say(FixedEntry.REPEAT_OPTION));
            add(says, say(voice, OPTION_PAUSE, lines));
            return gather(says, Routes.desk(offer.state()));
        }

        private Map<String, Object> voicemailModel(Step.Voicemail voicemail) {
            CallState state = voicemail.state();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("action", Routes.recorded(state));
            record.put("maxLength", MESSAGE_MAX_SECONDS);
            record.put("timeout", MESSAGE_SILENCE_SECONDS);
            record.put("statusCallback", Routes.recording(state, voicemail.caller().text()));
            // Twilio transcribes English only; a Spanish message is listened to, not read
            record.put("transcribe", voice.language().startsWith("en-"));
            record.put("transcribeCallback", Routes.transcription(state));
            List<Speech> lines = noticeFirst(voicemail.noticeFirst(), List.of(w.say(FixedEntry.MESSAGE_INSTRUCTIONS)));
            return Map.of("says", List.of(say(voice, SENTENCE_PAUSE, lines)), "record", record);
        }

        private Map<String, Object> messageTakenModel(Step.MessageTaken taken) {
            List<Speech> lines = new ArrayList<>();
            lines.add(w.say(FixedEntry.MESSAGE_SAVED));
            lines.add(callback(taken.callback()));
            lines.add(w.say(FixedEntry.GOODBYE));
            return Map.of("says", List.of(say(voice, SENTENCE_PAUSE, lines)));
        }

        /** When the clinic will call the caller back: today, tomorrow, or on a day said by its name. */
        private Speech callback(OpeningHours.Callback callback) {
            return switch (callback.when()) {
                case TODAY -> w.say(FixedEntry.CALLBACK_TODAY);
                case TOMORROW -> w.say(FixedEntry.CALLBACK_TOMORROW);
                case ON_DAY -> w.callbackOn(callback.day());
            };
        }

        /** Said to staff in the line's first language, whatever the caller's; never slowed down. */
        private Map<String, Object> whisperModel() {
            String staffLanguage = prompts.flow().defaultLanguage();
            Wording staff = prompts.wording(staffLanguage);
            List<Speech> lines = new ArrayList<>();
            lines.add(staff.whisper(step.state().node()));
            if (!step.state().language().equals(staffLanguage)) {
                lines.add(staff.whisperLanguage(step.state().language()));
            }
            Map<String, Object> say = say(prompts.voice(staffLanguage), SENTENCE_PAUSE, lines);
            say.put("rate", "");
            Map<String, Object> gather = new LinkedHashMap<>();
            gather.put("action", Routes.whisper(step.state()));
            gather.put("timeout", WHISPER_WAIT_SECONDS);
            return Map.of("says", List.of(say), "gather", gather);
        }

        private Map<String, Object> frontDeskModel(Step.FrontDesk desk) {
            List<Speech> lines = new ArrayList<>(lead(desk.lead()));
            lines.add(w.say(FixedEntry.FRONT_DESK_CONNECTING));
            Map<String, Object> dial = new LinkedHashMap<>();
            dial.put("number", desk.number().text());
            dial.put("timeout", prompts.clinic().frontDesk().ring());
            dial.put("action", Routes.frontDesk(desk.state()));
            dial.put("whisper", Routes.whisper(desk.state()));
            dial.put("callerId", desk.callerId().isE164() ? desk.callerId().text() : "");
            return Map.of("says", List.of(say(voice, SENTENCE_PAUSE, lines)), "dial", dial);
        }

        private Map<String, Object> goodbyeModel() {
            return Map.of("says", List.of(say(voice, SENTENCE_PAUSE, List.of(w.say(FixedEntry.GOODBYE)))));
        }

        private void options(String menu, List<Speech> lines) {
            prompts.tree().options(menu).forEach(o -> lines.add(w.option(menu, o.key())));
        }

        private List<Speech> lead(Lead lead) {
            return noticeFirst(lead.noticeFirst(), reason(lead));
        }

        /** The lines, after the emergency notice when {@code first}. */
        private List<Speech> noticeFirst(boolean first, List<Speech> lines) {
            if (!first) {
                return lines;
            }
            List<Speech> all = new ArrayList<>();
            all.add(w.say(FixedEntry.EMERGENCY));
            all.addAll(lines);
            return all;
        }

        private List<Speech> reason(Lead lead) {
            return switch (lead.kind()) {
                case NONE -> List.of();
                case WELCOME -> List.of(w.say(FixedEntry.EMERGENCY), w.say(FixedEntry.WELCOME));
                case INVALID_KEY -> List.of(w.invalidKey(lead.key()));
                case INVALID_CHOICE -> List.of(w.say(FixedEntry.INVALID_CHOICE));
                case NOT_UNDERSTOOD -> List.of(w.say(FixedEntry.NOT_UNDERSTOOD));
                case SILENCE -> List.of(w.say(FixedEntry.SILENCE));
                case PROBLEM -> List.of(w.say(FixedEntry.PROBLEM));
                case SLOWER_NOW -> List.of(w.say(FixedEntry.SLOWER_NOW));
                case NORMAL_PACE_NOW -> List.of(w.say(FixedEntry.NORMAL_PACE_NOW));
                case WAIT -> List.of(w.say(FixedEntry.WAIT_NOW));
                case THANKS -> List.of(w.say(FixedEntry.YOU_ARE_WELCOME));
                case ACKNOWLEDGED -> List.of();
                case EMERGENCY -> List.of(w.say(FixedEntry.EMERGENCY));
                case CALLBACK -> List.of(); // said from the offer's callback, which the lead does not hold
                case OTHER_LANGUAGE -> List.of(); // the notice, said first as for any lead in the other language
                case FRONT_DESK_UNAVAILABLE -> List.of(w.say(FixedEntry.FRONT_DESK_UNAVAILABLE));
                case FRONT_DESK_MISSED -> List.of(w.say(FixedEntry.FRONT_DESK_MISSED));
                case AFTER_MISSES -> List.of(w.say(FixedEntry.AFTER_MISSES));
                case DESK_CLOSED -> List.of(w.say(FixedEntry.DESK_CLOSED));
                case RECORDING_EMPTY -> List.of(w.say(FixedEntry.RECORDING_EMPTY));
                case MESSAGE_NOT_SAVED -> List.of(w.say(FixedEntry.MESSAGE_NOT_SAVED));
                case TEXT_SENT -> List.of(w.say(FixedEntry.TEXT_SENT));
                case TEXT_FAILED -> List.of(w.say(FixedEntry.TEXT_FAILED));
                case ASK_THE_DESK -> List.of(w.say(FixedEntry.ASK_THE_DESK));
                case WHO_THE_DESK_IS -> List.of(w.say(FixedEntry.WHO_THE_DESK_IS));
                case DIRECTIONS -> prompts.clinic().address() == null || prompts.clinic().address().isBlank()
                        ? List.of(w.say(FixedEntry.DIRECTIONS_UNKNOWN))
                        : List.of(w.say(FixedEntry.DIRECTIONS), w.say(FixedEntry.DIRECTIONS_UNKNOWN));
            };
        }

        private Map<String, Object> gather(List<Map<String, Object>> says) {
            return gather(says, Routes.menu(step.state()));
        }

        private Map<String, Object> gather(List<Map<String, Object>> says, String action) {
            Map<String, Object> gather = new LinkedHashMap<>();
            gather.put("action", action);
            gather.put("timeout", step.waitSeconds());
            gather.put("language", voice.language());
            gather.put("hints", w.hintsMarkup());
            gather.put("speechModel", SPEECH_MODEL);
            gather.put("speechTimeout", SPEECH_END_SECONDS);
            return Map.of("gather", gather, "says", says, "redirect", action);
        }

        /** One Say: its voice, its pace, and its lines with a pause between them. */
        private Map<String, Object> say(ClinicSettings.Voice sayVoice, String pause, List<Speech> lines) {
            List<Object> models = new ArrayList<>();
            lines.stream().filter(s -> !s.isEmpty()).forEach(s -> models.add(s.model()));
            Map<String, Object> say = new LinkedHashMap<>();
            say.put("voice", sayVoice.voice());
            say.put("language", sayVoice.language());
            say.put("rate", rate);
            say.put("pause", pause);
            say.put("lines", models);
            return say;
        }

        private static void add(List<Map<String, Object>> says, Map<String, Object> say) {
            if (!((List<?>) say.get("lines")).isEmpty()) {
                says.add(say);
            }
        }
    }
}
