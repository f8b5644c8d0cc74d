package clinic.ivr.checks;

import clinic.ivr.flow.Step.Lead;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Wording;
import clinic.ivr.twiml.ParsedTwiml;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What every rendered menu must give a caller, whatever the templates and words say: at least
 * {@link #MIN_WAIT_SECONDS} to choose (older callers and callers in pain need the time; as long after
 * they asked the line to wait), and the ways to reach the front desk (0) and to hear it again (star).
 * And every key of the key map must reach the line: a Gather's finishOnKey (pound, unless told
 * otherwise) never does.
 */
final class CallerCheck {

    /** The shortest wait for a choice; the accessible-telecom guidance asks for no less. */
    static final int MIN_WAIT_SECONDS = 8;

    private CallerCheck() {}

    static List<String> check(Prompts prompts, Step step, ParsedTwiml answer) {
        List<String> problems = new ArrayList<>();
        for (Element gather : answer.all("Gather")) {
            // Twilio ends a Gather on its finishOnKey and, with no key before it, sends nothing at all
            String finish = gather.hasAttribute("finishOnKey") ? gather.getAttribute("finishOnKey") : "#";
            if (!finish.isEmpty()) {
                problems.add("the Gather's finishOnKey is \"" + finish + "\"" + (gather.hasAttribute("finishOnKey") ? ""
                        : " (Twilio's default when it is left out)") + ": pressing that key ends the Gather with"
                        + " nothing sent, as if no key was pressed; add finishOnKey=\"\" to the Gather");
            }
        }
        // asked to wait, the line listens again after saying only that it waits
        boolean waiting = step.lead().kind() == Lead.Kind.WAIT;
        if (!waitsForChoice(step) && !waiting) {
            return problems;
        }
        for (Element gather : answer.all("Gather")) {
            int timeout = seconds(gather.getAttribute("timeout"));
            if (timeout < MIN_WAIT_SECONDS) {
                problems.add("the line waits only " + timeout + " seconds for a choice; set the Gather's timeout to at"
                        + " least " + MIN_WAIT_SECONDS + " so every caller has time to choose");
            }
        }
        if (waiting) {
            return problems; // asked to wait, the line says only that it waits; the choices come with the silence after
        }
        Wording w = prompts.wording(step.state().language());
        String heard = normal(answer.spokenText());
        // the message offer is made because the front desk cannot be reached: 0 is not offered there
        boolean deskOffered = heard.contains(normal(w.say(FixedEntry.FRONT_DESK_OPTION).plainText()));
        if (!(step instanceof Step.MessageOffer) && !deskOffered) {
            problems.add("callers are not told how to reach the front desk ([" + FixedEntry.FRONT_DESK_OPTION + "])");
        }
        boolean reprompt = step instanceof Step.Menu menu && menu.lead().kind().choicesInShort();
        if (!reprompt && !heard.contains(normal(w.say(FixedEntry.REPEAT_OPTION).plainText()))) {
            problems.add("callers are not told how to hear it again ([" + FixedEntry.REPEAT_OPTION + "])");
        }
        return problems;
    }

    /**
     * A menu, the end of an answer, the hours, or the message offer: the line waits for the caller to
     * choose. The one short confirming question waits too, but names only its own key (1), to stay short.
     */
    private static boolean waitsForChoice(Step step) {
        return step instanceof Step.Menu || step instanceof Step.MessageOffer || step instanceof Step.Hours
                || step instanceof Step.Answer answer && answer.lastPart();
    }

    private static int seconds(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 5; // Twilio's default when the attribute is missing or unreadable
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
