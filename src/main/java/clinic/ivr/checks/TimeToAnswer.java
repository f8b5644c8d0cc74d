package clinic.ivr.checks;

import clinic.ivr.flow.CallState;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Speech;
import clinic.ivr.twiml.ParsedTwiml;
import clinic.ivr.twiml.TwimlRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a caller who presses keys, and waits to hear each option before pressing it, listens
 * before an answer starts: every word said before the key on the way, from the emergency notice and
 * the welcome through each menu up to the option pressed, as the line renders them.
 *
 * @param language the language code
 * @param node     the topic or question reached
 * @param keys     the keys pressed on the way, such as "4 5"
 * @param words    the words heard before the last key
 */
public record TimeToAnswer(String language, String node, String keys, int words) {

    /** What a caller should hear at most, at the normal pace, before any answer starts. */
    public static final int MAX_SECONDS = 30;

    public long seconds() {
        return Listening.seconds(words);
    }

    public long slowSeconds() {
        return Listening.slowSeconds(words);
    }

    /** Every topic of every language; a menu that cannot be rendered is left out (the rehearsal reports it). */
    public static List<TimeToAnswer> of(Prompts prompts) {
        List<TimeToAnswer> times = new ArrayList<>();
        for (String language : prompts.wordings().keySet()) {
            Step.Menu first = new Step.Menu(CallState.start(language), Step.Lead.of(Step.Lead.Kind.WELCOME));
            walk(prompts, language, first, 0, "", times);
        }
        return times;
    }

    private static void walk(Prompts prompts, String language, Step.Menu menu, int before, String keys,
                             List<TimeToAnswer> times) {
        List<String> lines;
        try {
            lines = new ArrayList<>();
            for (ParsedTwiml.Said said : ParsedTwiml.parse(TwimlRenderer.render(prompts, menu)).said()) {
                lines.addAll(said.lines());
            }
        } catch (Exception | StackOverflowError e) {
            return;
        }
        String name = menu.state().node();
        for (PhoneTree.Option option : prompts.tree().options(name)) {
            Speech sentence = prompts.wording(language).option(name, option.key());
            int heard = before;
            for (String line : lines) {
                heard += Listening.words(line);
                if (sentence != null && line.strip().equals(sentence.plainText())) {
                    break;
                }
            }
            String path = (keys + " " + option.key()).strip();
            if (prompts.tree().isMenu(option.target())) {
                walk(prompts, language, new Step.Menu(menu.state().at(option.target()), Step.Lead.NONE), heard, path,
                        times);
            } else {
                times.add(new TimeToAnswer(language, option.target(), path, heard));
            }
        }
    }

    /** Words heard in {@link #MAX_SECONDS} at the normal pace. */
    public static int maxWords() {
        return MAX_SECONDS * Listening.WORDS_PER_MINUTE / 60;
    }
}
