package clinic.ivr.checks;

import clinic.ivr.desk.Closure;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Key;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Source;
import clinic.ivr.twiml.TwimlChecker;
import clinic.ivr.twiml.TwimlRenderer;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders every answer a version of the prompts can give, in every language, and checks each as
 * Twilio would read it. A version that fails never answers a call.
 */
public final class Rehearsal {

    private static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);
    /** A text message longer than this is split by carriers or refused. */
    static final int MAX_TEXT_CHARACTERS = 1600;
    private static final PhoneNumber SAMPLE_CALLER = PhoneNumber.of("+12125550147");
    private static final PhoneNumber SAMPLE_LINE = PhoneNumber.of("+16465550100");

    private Rehearsal() {}

    /** Every step a caller can reach, by a readable name such as "en main (after silence)". */
    public static Map<String, Step> steps(Prompts prompts) {
        Map<String, Step> steps = new LinkedHashMap<>();
        PhoneTree tree = prompts.tree();
        Flow flow = prompts.flow();
        for (String language : prompts.wordings().keySet()) {
            CallState start = CallState.start(language);
            for (boolean slow : List.of(false, true)) {
                CallState base = start.withSlow(slow);
                String pace = slow ? " slow" : "";
                for (String menu : tree.menus()) {
                    for (Lead.Kind lead : Lead.Kind.values()) {
                        if (lead == Lead.Kind.AFTER_MISSES) {
                            continue;
                        }
                        Lead l = new Lead(lead, lead == Lead.Kind.INVALID_KEY ? Key.TEXT.press() : "");
                        steps.put(language + pace + " " + menu + " (" + lead.name().toLowerCase() + ")",
                                new Step.Menu(base.at(menu), l));
                    }
                }
                for (String topic : answers(tree)) {
                    int parts = prompts.wording(language).parts(EntryName.passage(topic)).size();
                    String back = tree.backKey(topic);
                    for (int part = 1; part <= parts; part++) {
                        for (Lead.Kind lead : List.of(Lead.Kind.NONE, Lead.Kind.SILENCE, Lead.Kind.INVALID_KEY, Lead.Kind.WAIT)) {
                            steps.put(language + pace + " " + topic + " part " + part + " (" + lead.name().toLowerCase() + ")",
                                    new Step.Answer(base.at(topic).atPart(part), new Lead(lead, Key.NEXT_PART.press()), parts, back));
                        }
                    }
                    // asked for in this language at a call in the other: the emergency notice, then the answer
                    steps.put(language + pace + " " + topic + " part 1 (other_language)",
                            new Step.Answer(base.at(topic), Lead.of(Lead.Kind.OTHER_LANGUAGE), parts, back));
                    // thanked, "okay" or "no" at the end of an answer (between its parts a thank-you or an okay goes on to
                    // the next); told of an emergency anywhere in it
                    for (Lead.Kind lead : List.of(Lead.Kind.THANKS, Lead.Kind.ACKNOWLEDGED, Lead.Kind.EMERGENCY)) {
                        steps.put(language + pace + " " + topic + " (" + lead.name().toLowerCase() + ")",
                                new Step.Answer(base.at(topic).atPart(parts), Lead.of(lead), parts, back));
                    }
                }
                for (String topic : answers(tree)) {
                    int parts = prompts.wording(language).parts(EntryName.passage(topic)).size();
                    String back = tree.backKey(topic);
                    steps.put(language + pace + " " + topic + " (with the text offer)",
                            new Step.Answer(base.at(topic).atPart(parts), Lead.NONE, parts, back, true));
                }
                prompts.frontDeskNumber().ifPresent(number -> {
                    steps.put(language + pace + " front desk", new Step.FrontDesk(base, Lead.NONE, number, SAMPLE_LINE));
                    steps.put(language + pace + " front desk (other_language)",
                            new Step.FrontDesk(base, Lead.of(Lead.Kind.OTHER_LANGUAGE), number, SAMPLE_LINE));
                    steps.put(language + pace + " front desk (after misses)",
                            new Step.FrontDesk(base, Lead.of(Lead.Kind.AFTER_MISSES), number));
                });
                for (Lead.Kind lead : List.of(Lead.Kind.DESK_CLOSED, Lead.Kind.FRONT_DESK_MISSED,
                        Lead.Kind.FRONT_DESK_UNAVAILABLE, Lead.Kind.RECORDING_EMPTY, Lead.Kind.MESSAGE_NOT_SAVED,
                        Lead.Kind.NONE, Lead.Kind.SILENCE, Lead.Kind.WAIT, Lead.Kind.THANKS, Lead.Kind.ACKNOWLEDGED,
                        Lead.Kind.EMERGENCY, Lead.Kind.INVALID_KEY, Lead.Kind.INVALID_CHOICE, Lead.Kind.NOT_UNDERSTOOD,
                        Lead.Kind.SLOWER_NOW, Lead.Kind.NORMAL_PACE_NOW, Lead.Kind.CALLBACK)) {
                    for (boolean tryAgain : List.of(true, false)) {
                        steps.put(language + pace + " message offer (" + lead.name().toLowerCase()
                                        + (tryAgain ? ", try again" : "") + ")",
                                new Step.MessageOffer(base, new Lead(lead, Key.TEXT.press()), tryAgain, SAMPLE_DAYS.get(0),
                                        SAMPLE_CALLBACK));
                    }
                }
                // the desk asked for in this language at a call in the other: the emergency notice, then why it cannot answer
                for (Lead.Kind lead : List.of(Lead.Kind.DESK_CLOSED, Lead.Kind.FRONT_DESK_UNAVAILABLE)) {
                    steps.put(language + pace + " message offer (" + lead.name().toLowerCase() + ", other_language)",
                            new Step.MessageOffer(base, new Lead(lead, "", true), false, SAMPLE_DAYS.get(0), SAMPLE_CALLBACK));
                }
                for (int day = 0; day < SAMPLE_DAYS.size(); day++) {
                    OpeningHours.Today today = SAMPLE_DAYS.get(day);
                    steps.put(language + pace + " message offer (desk closed, day " + (day + 1) + ")",
                            new Step.MessageOffer(base, Lead.of(Lead.Kind.DESK_CLOSED), false, today, SAMPLE_CALLBACK));
                    for (Lead.Kind lead : List.of(Lead.Kind.NONE, Lead.Kind.SILENCE, Lead.Kind.WAIT, Lead.Kind.THANKS,
                            Lead.Kind.ACKNOWLEDGED, Lead.Kind.EMERGENCY, Lead.Kind.OTHER_LANGUAGE)) {
                        steps.put(language + pace + " hours (" + lead.name().toLowerCase() + ", day " + (day + 1) + ")",
                                new Step.Hours(base.at(PhoneTree.HOURS), Lead.of(lead), today));
                    }
                }
                List<String> asked = new ArrayList<>(nodes(tree));
                asked.add(PhoneTree.HOURS);
                asked.add(CallState.FRONT_DESK);
                for (String ask : asked) {
                    steps.put(language + pace + " confirm (" + ask + ")", new Step.Confirm(base.asking(ask), Lead.NONE));
                    steps.put(language + pace + " confirm (" + ask + ", other_language)",
                            new Step.Confirm(base.asking(ask), Lead.of(Lead.Kind.OTHER_LANGUAGE)));
                }
                for (Lead.Kind lead : List.of(Lead.Kind.ASK_THE_DESK, Lead.Kind.DIRECTIONS, Lead.Kind.WAIT,
                        Lead.Kind.WHO_THE_DESK_IS)) {
                    steps.put(language + pace + " confirm (" + lead.name().toLowerCase() + ")",
                            new Step.Confirm(base.asking(CallState.FRONT_DESK), Lead.of(lead)));
                }
                for (Lead.Kind lead : List.of(Lead.Kind.ASK_THE_DESK, Lead.Kind.DIRECTIONS)) {
                    steps.put(language + pace + " confirm (" + lead.name().toLowerCase() + ", other_language)",
                            new Step.Confirm(base.asking(CallState.FRONT_DESK), new Lead(lead, "", true)));
                }
                steps.put(language + pace + " voicemail", new Step.Voicemail(base, SAMPLE_CALLER));
                steps.put(language + pace + " voicemail (other_language)", new Step.Voicemail(base, SAMPLE_CALLER, true));
                Recording recording = new Recording("RE0", "https://api.twilio.com/rec", 30, "");
                steps.put(language + pace + " message taken (today)", new Step.MessageTaken(base, recording,
                        new OpeningHours.Callback(OpeningHours.Callback.When.TODAY, DayOfWeek.MONDAY)));
                steps.put(language + pace + " message taken (tomorrow)", new Step.MessageTaken(base, recording,
                        new OpeningHours.Callback(OpeningHours.Callback.When.TOMORROW, DayOfWeek.MONDAY)));
                for (DayOfWeek day : DayOfWeek.values()) {
                    steps.put(language + pace + " message taken (" + day.name().toLowerCase() + ")",
                            new Step.MessageTaken(base, recording,
                                    new OpeningHours.Callback(OpeningHours.Callback.When.ON_DAY, day)));
                }
                for (String node : nodes(tree)) {
                    steps.put(language + pace + " whisper (" + node + ")", new Step.Whisper(base.at(node)));
                }
                steps.put(language + pace + " whisper accepted", new Step.Connect(base));
                steps.put(language + pace + " goodbye", new Step.Goodbye(base));
            }
        }
        steps.put("first answer", flow.start());
        SAMPLE_DAYS.stream().filter(today -> today.closure().isPresent()).forEach(today -> steps.put(
                "first answer (closed today" + (today.closure().get().reasons().isEmpty() ? ")" : ", with a reason)"),
                new Step.Menu(CallState.start(flow.defaultLanguage()), Lead.of(Lead.Kind.WELCOME), Optional.of(today))));
        return steps;
    }

    /**
     * Days every way the hours can be said: open now, closed before opening, closed after closing, a
     * day closed, a named special day closed and open, the next opening tomorrow or later, and a day
     * staff closed, with a reason in every language and without one.
     */
    public static final List<OpeningHours.Today> SAMPLE_DAYS = sampleDays();

    /** When a message is returned, in the rehearsed offers: on a day said by its name, the longest way to say it. */
    public static final OpeningHours.Callback SAMPLE_CALLBACK =
            new OpeningHours.Callback(OpeningHours.Callback.When.ON_DAY, DayOfWeek.MONDAY);

    private static List<OpeningHours.Today> sampleDays() {
        LocalDate day = LocalDate.of(2026, 12, 24);
        ZoneId zone = ZoneId.of("America/New_York");
        Optional<OpeningHours.Span> hours = Optional.of(new OpeningHours.Span(LocalTime.of(8, 0), LocalTime.of(13, 0)));
        Optional<ZonedDateTime> tomorrow = Optional.of(ZonedDateTime.of(day.plusDays(1), LocalTime.of(8, 30), zone));
        Optional<ZonedDateTime> monday = Optional.of(ZonedDateTime.of(day.plusDays(4), LocalTime.of(13, 0), zone));
        return List.of(
                new OpeningHours.Today(day, true, hours, List.of(), Optional.empty()),
                new OpeningHours.Today(day, false, hours, List.of(), Optional.of(ZonedDateTime.of(day, LocalTime.of(8, 0), zone))),
                new OpeningHours.Today(day, false, hours, List.of(), tomorrow),
                new OpeningHours.Today(day, false, Optional.empty(), List.of(), monday),
                new OpeningHours.Today(day, false, Optional.empty(), List.of("Christmas Day", "Navidad"), monday),
                new OpeningHours.Today(day, true, hours, List.of("Christmas Eve"), Optional.empty()),
                new OpeningHours.Today(day, false, Optional.empty(), List.of(), Optional.empty()),
                new OpeningHours.Today(day, false, Optional.empty(), List.of("Christmas Eve"), tomorrow,
                        Optional.of(new Closure(day, Map.of("en", "the snow", "es", "la nieve")))),
                new OpeningHours.Today(day, false, Optional.empty(), List.of(), monday,
                        Optional.of(new Closure(day, Map.of()))));
    }

    /** Topics whose answer staff wrote: every topic but the hours, which are said from the settings. */
    static List<String> answers(PhoneTree tree) {
        return tree.topics().stream().filter(t -> !t.equals(PhoneTree.HOURS)).toList();
    }

    private static List<String> nodes(PhoneTree tree) {
        List<String> nodes = new ArrayList<>(tree.menus());
        nodes.addAll(tree.topics());
        return nodes;
    }

    /** What is wrong, one line per answer that Twilio would not play as meant; empty when all is well. */
    public static List<String> problems(Prompts prompts) {
        return faults(prompts).stream().map(Fault::toString).toList();
    }

    /**
     * An answer Twilio would not play as meant, or that leaves a caller without time or a way out.
     *
     * @param step     the step, named as in {@link #steps}
     * @param template the template that laid it out (or failed to), such as "menu.ftlx"
     * @param line     the line in that template, when known; else 0
     * @param message  what is wrong
     * @param words    where staff wrote the words at fault, when the fault is in them rather than in a template
     */
    public record Fault(String step, String template, int line, String message, Optional<Source> words) {

        Fault(String step, String template, int line, String message) {
            this(step, template, line, message, Optional.empty());
        }

        @Override
        public String toString() {
            return step + ": " + message;
        }
    }

    /** Every fault of every step, and of the text message; empty when all is well. */
    public static List<Fault> faults(Prompts prompts) {
        List<Fault> faults = new ArrayList<>();
        for (String language : prompts.wordings().keySet()) {
            String text = TwimlRenderer.textMessage(prompts, language);
            if (text.isBlank() || text.length() > MAX_TEXT_CHARACTERS) {
                faults.add(new Fault(language + " text message", "", 0, "it has " + text.length()
                        + " characters; write one of at most " + MAX_TEXT_CHARACTERS + ".",
                        prompts.wording(language).source(FixedEntry.TEXT_MESSAGE)));
            }
        }
        steps(prompts).forEach((name, step) -> {
            String template = TwimlRenderer.template(prompts, step);
            try {
                TwimlChecker.Checked checked = CHECKER.read(TwimlRenderer.render(prompts, step));
                checked.problems().forEach(p -> faults.add(new Fault(name, template, 0, p)));
                if (checked.problems().isEmpty()) {
                    CallerCheck.check(prompts, step, checked.answer().orElseThrow())
                            .forEach(p -> faults.add(new Fault(name, template, 0, p)));
                }
            } catch (TemplateException e) {
                String in = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
                String what = e instanceof InvalidReferenceException ire
                        ? "\"${" + ire.getBlamedExpressionString() + "}\" is not a value the templates are given"
                        : firstLine(e.getMessageWithoutStackTop());
                faults.add(new Fault(name, in, e.getLineNumber() == null ? 0 : e.getLineNumber(),
                        "the templates cannot render it: " + what));
            } catch (Exception | StackOverflowError e) {
                faults.add(new Fault(name, template, 0, "the templates cannot render it: " + e.getMessage()));
            }
        });
        return faults;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }
}
