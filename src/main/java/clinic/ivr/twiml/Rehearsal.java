package clinic.ivr.twiml;

import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.prompts.Prompts;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every answer a version of the prompts can give, in every language, and checks each as
 * Twilio would read it. A version that fails never answers a call.
 */
public final class Rehearsal {

    private static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);
    /** A text message longer than this is split by carriers or refused. */
    static final int MAX_TEXT_CHARACTERS = 1600;
    private static final String SAMPLE_CALLER = "+12125550147";
    private static final String SAMPLE_LINE = "+16465550100";

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
                        Lead l = new Lead(lead, lead == Lead.Kind.INVALID_KEY ? "6" : "");
                        steps.put(language + pace + " " + menu + " (" + lead.name().toLowerCase() + ")",
                                new Step.Menu(base.at(menu), l));
                    }
                }
                for (String topic : tree.topics()) {
                    int parts = prompts.wording(language).parts(topic).size();
                    String back = tree.parent(topic).filter(m -> !m.equals(PhoneTree.MAIN)).map(m -> Flow.BACK_KEY).orElse("");
                    for (int part = 1; part <= parts; part++) {
                        for (Lead.Kind lead : List.of(Lead.Kind.NONE, Lead.Kind.SILENCE, Lead.Kind.INVALID_KEY)) {
                            steps.put(language + pace + " " + topic + " part " + part + " (" + lead.name().toLowerCase() + ")",
                                    new Step.Answer(base.at(topic).atPart(part), new Lead(lead, "#"), parts, back));
                        }
                    }
                }
                for (String topic : tree.topics()) {
                    int parts = prompts.wording(language).parts(topic).size();
                    String back = tree.parent(topic).filter(m -> !m.equals(PhoneTree.MAIN)).map(m -> Flow.BACK_KEY).orElse("");
                    steps.put(language + pace + " " + topic + " (with the text offer)",
                            new Step.Answer(base.at(topic).atPart(parts), Lead.NONE, parts, back, true));
                }
                prompts.frontDeskNumber().ifPresent(number -> {
                    steps.put(language + pace + " front desk", new Step.FrontDesk(base, Lead.NONE, number, SAMPLE_LINE));
                    steps.put(language + pace + " front desk (after misses)",
                            new Step.FrontDesk(base, Lead.of(Lead.Kind.AFTER_MISSES), number, ""));
                });
                for (Lead.Kind lead : List.of(Lead.Kind.DESK_CLOSED, Lead.Kind.FRONT_DESK_MISSED,
                        Lead.Kind.FRONT_DESK_UNAVAILABLE, Lead.Kind.RECORDING_EMPTY, Lead.Kind.NONE, Lead.Kind.SILENCE,
                        Lead.Kind.INVALID_KEY, Lead.Kind.INVALID_CHOICE, Lead.Kind.NOT_UNDERSTOOD)) {
                    for (boolean tryAgain : List.of(true, false)) {
                        steps.put(language + pace + " message offer (" + lead.name().toLowerCase()
                                        + (tryAgain ? ", try again" : "") + ")",
                                new Step.MessageOffer(base, new Lead(lead, "6"), tryAgain));
                    }
                }
                steps.put(language + pace + " voicemail", new Step.Voicemail(base, SAMPLE_CALLER));
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
        return steps;
    }

    private static List<String> nodes(PhoneTree tree) {
        List<String> nodes = new ArrayList<>(tree.menus());
        nodes.addAll(tree.topics());
        return nodes;
    }

    /** What is wrong, one line per answer that Twilio would not play as meant; empty when all is well. */
    public static List<String> problems(Prompts prompts) {
        List<String> problems = new ArrayList<>();
        for (String language : prompts.wordings().keySet()) {
            String text = TwimlRenderer.textMessage(prompts, language);
            if (text.isBlank() || text.length() > MAX_TEXT_CHARACTERS) {
                problems.add(language + " text message: it has " + text.length() + " characters; write one of at most "
                        + MAX_TEXT_CHARACTERS + ".");
            }
        }
        steps(prompts).forEach((name, step) -> {
            try {
                String twiml = TwimlRenderer.render(prompts, step);
                CHECKER.check(twiml).forEach(p -> problems.add(name + ": " + p));
            } catch (Exception e) {
                problems.add(name + ": the templates cannot render it: " + e.getMessage());
            }
        });
        return problems;
    }
}
