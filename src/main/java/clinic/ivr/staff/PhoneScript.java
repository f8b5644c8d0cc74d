package clinic.ivr.staff;

import clinic.ivr.checks.Listening;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.staff.ScriptDocument.Chapter;
import clinic.ivr.staff.ScriptDocument.Line;
import clinic.ivr.twiml.TwimlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole phone tree as staff review it: every menu in every language, what each key does, every
 * sentence a caller can hear, and how long each prompt takes to hear. Menus, answers, the front desk
 * and the goodbye are rendered exactly as calls hear them; the short sentences said when something
 * goes wrong are listed from the prompts.
 */
public final class PhoneScript {

    private final Prompts prompts;

    public PhoneScript(Prompts prompts) {
        this.prompts = prompts;
    }

    public ScriptDocument document() {
        List<Chapter> chapters = new ArrayList<>();
        for (String language : prompts.wordings().keySet()) {
            chapters.add(new LanguageChapter(prompts, language).chapter());
        }
        List<String> intro = List.of(
                "Everything the phone line says, menu by menu, in every language, for review. Prompts version "
                        + prompts.version() + ".",
                "Listening times count words at " + Listening.WORDS_PER_MINUTE + " words a minute; \"slow\" is the"
                        + " slower pace callers can ask for (" + TwimlRenderer.SLOW_RATE + "). Pauses are not counted.",
                "Keys that work everywhere: 0 the front desk, star to hear it again; 9 the main menu from anywhere"
                        + " else; pound skips to the next part of a long answer.");
        return new ScriptDocument("Phone script: " + prompts.clinic().name(), intro, chapters);
    }

    /** "Listening time: 55 words, about 22 s (26 s slow)." */
    static String time(int words) {
        return "Listening time: " + words + " words, about " + Listening.seconds(words) + " s ("
                + Listening.slowSeconds(words) + " s slow).";
    }

    /** "Spanish" for es: the document is for staff, in English. */
    static String name(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    static String text(List<Line> lines) {
        return String.join(" ", lines.stream().map(Line::text).toList());
    }
}
