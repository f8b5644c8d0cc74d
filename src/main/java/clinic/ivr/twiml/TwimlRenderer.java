package clinic.ivr.twiml;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step;
import clinic.ivr.flow.Step.Lead;
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

    private TwimlRenderer() {}

    public static String render(Prompts prompts, Step step) throws TemplateException, IOException {
        Words words = new Words(prompts, step);
        Template template = prompts.templates().get(template(step));
        // Java 17: no pattern matching in switch yet
        if (step instanceof Step.Menu menu) {
            return process(template, words.menu(menu));
        }
        if (step instanceof Step.Answer answer) {
            return process(template, words.answer(answer));
        }
        if (step instanceof Step.FrontDesk desk) {
            return process(template, words.frontDesk(desk));
        }
        return process(template, words.goodbye());
    }

    /** The template file that lays out a step, such as "menu.ftlx". */
    public static String template(Step step) {
        if (step instanceof Step.Menu || step instanceof Step.Answer) {
            return "menu.ftlx";
        }
        if (step instanceof Step.FrontDesk) {
            return "front-desk.ftlx";
        }
        return "goodbye.ftlx";
    }

    static String process(Template template, Map<String, Object> model) throws TemplateException, IOException {
        StringWriter out = new StringWriter(2048);
        template.process(model, out);
        return out.toString().stripLeading();
    }

    /** The words of one answer, in the caller's language and voice. */
    private static final class Words {
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

        Map<String, Object> menu(Step.Menu menu) {
            String name = menu.state().node();
            boolean main = name.equals(PhoneTree.MAIN);
            List<Map<String, Object>> says = new ArrayList<>();
            add(says, say(voice, SENTENCE_PAUSE, lead(menu.lead())));
            List<Speech> lines = new ArrayList<>();
            if (menu.lead().kind() == Lead.Kind.SILENCE) {
                // a shorter reprompt: just the choices
                options(name, lines);
                lines.add(w.say(Wording.FRONT_DESK_OPTION));
            } else {
                if (main) {
                    prompts.flow().otherLanguage(w.language()).ifPresent(other -> add(says,
                            say(prompts.voice(other), SENTENCE_PAUSE, List.of(prompts.wording(other).say(Wording.LANGUAGE_OFFER)))));
                }
                if (w.has(name)) {
                    lines.add(w.say(name));
                }
                options(name, lines);
                if (main) {
                    lines.add(w.say(menu.state().slow() ? Wording.NORMAL_PACE_OPTION : Wording.SLOWER_OPTION));
                } else {
                    lines.add(w.say(Wording.MAIN_MENU_OPTION));
                }
                lines.add(w.say(Wording.FRONT_DESK_OPTION));
                lines.add(w.say(Wording.REPEAT_OPTION));
            }
            add(says, say(voice, OPTION_PAUSE, lines));
            return gather(says, name);
        }

        Map<String, Object> answer(Step.Answer answer) {
            String topic = answer.state().node();
            List<Map<String, Object>> says = new ArrayList<>();
            add(says, say(voice, SENTENCE_PAUSE, lead(answer.lead())));
            if (answer.lead().kind() != Lead.Kind.SILENCE) {
                List<Speech> text = new ArrayList<>();
                if (answer.state().part() == 1 && answer.parts() > 1) {
                    text.add(w.say(Wording.SKIP_OPTION));
                }
                List<Speech> parts = w.parts(topic);
                text.add(parts.get(Math.min(answer.state().part(), parts.size()) - 1));
                add(says, say(voice, SENTENCE_PAUSE, text));
            }
            if (answer.lastPart()) {
                List<Speech> next = new ArrayList<>();
                if (!answer.back().isEmpty()) {
                    prompts.tree().parent(topic).ifPresent(menu -> next.add(w.say(menu + ".back")));
                }
                next.add(w.say(Wording.REPEAT_OPTION));
                next.add(w.say(Wording.MAIN_MENU_OPTION));
                next.add(w.say(Wording.FRONT_DESK_OPTION));
                add(says, say(voice, OPTION_PAUSE, next));
            }
            return gather(says, topic);
        }

        Map<String, Object> frontDesk(Step.FrontDesk desk) {
            List<Speech> lines = new ArrayList<>(lead(desk.lead()));
            lines.add(w.say(Wording.FRONT_DESK_CONNECTING));
            Map<String, Object> dial = new LinkedHashMap<>();
            dial.put("number", desk.number());
            dial.put("timeout", prompts.clinic().frontDesk().ring());
            dial.put("action", Routes.frontDesk(desk.state()));
            return Map.of("says", List.of(say(voice, SENTENCE_PAUSE, lines)), "dial", dial);
        }

        Map<String, Object> goodbye() {
            return Map.of("says", List.of(say(voice, SENTENCE_PAUSE, List.of(w.say(Wording.GOODBYE)))));
        }

        private void options(String menu, List<Speech> lines) {
            prompts.tree().options(menu).forEach(o -> lines.add(w.option(menu, o.key())));
        }

        private List<Speech> lead(Lead lead) {
            return switch (lead.kind()) {
                case NONE -> List.of();
                case WELCOME -> List.of(w.say(Wording.EMERGENCY), w.say(Wording.WELCOME));
                case INVALID_KEY -> List.of(w.invalidKey(lead.key()));
                case INVALID_CHOICE -> List.of(w.say(Wording.INVALID_CHOICE));
                case NOT_UNDERSTOOD -> List.of(w.say(Wording.NOT_UNDERSTOOD));
                case SILENCE -> List.of(w.say(Wording.SILENCE));
                case PROBLEM -> List.of(w.say(Wording.PROBLEM));
                case SLOWER_NOW -> List.of(w.say(Wording.SLOWER_NOW));
                case NORMAL_PACE_NOW -> List.of(w.say(Wording.NORMAL_PACE_NOW));
                case FRONT_DESK_UNAVAILABLE -> List.of(w.say(Wording.FRONT_DESK_UNAVAILABLE));
                case FRONT_DESK_MISSED -> List.of(w.say(Wording.FRONT_DESK_MISSED));
                case AFTER_MISSES -> List.of(w.say(Wording.AFTER_MISSES));
            };
        }

        private Map<String, Object> gather(List<Map<String, Object>> says, String node) {
            String action = Routes.menu(step.state());
            Map<String, Object> gather = new LinkedHashMap<>();
            gather.put("action", action);
            gather.put("timeout", step.waitSeconds());
            gather.put("language", voice.language());
            gather.put("hints", w.hints(node));
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
