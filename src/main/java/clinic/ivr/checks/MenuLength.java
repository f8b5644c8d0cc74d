package clinic.ivr.checks;

import clinic.ivr.flow.CallState;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Wording;
import clinic.ivr.twiml.ParsedTwiml;
import clinic.ivr.twiml.TwimlRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a menu takes to hear, as rendered: its choices (the options, the language offer and the
 * closing lines for pace, main menu, front desk and repeat) and its introduction, if it has one. The
 * welcome, the emergency notice and any "sorry" before a menu are not part of it.
 *
 * @param language     the language code
 * @param menu         the menu's name
 * @param words        words of the choices
 * @param introWords   words of the menu's introduction, said before the choices
 */
public record MenuLength(String language, String menu, int words, int introWords) {

    public long seconds() {
        return Listening.seconds(words);
    }

    public long slowSeconds() {
        return Listening.slowSeconds(words);
    }

    /** Every menu in every language; a menu that cannot be rendered is left out (the rehearsal reports it). */
    public static List<MenuLength> of(Prompts prompts) {
        List<MenuLength> lengths = new ArrayList<>();
        for (String language : prompts.wordings().keySet()) {
            Wording w = prompts.wording(language);
            for (String menu : prompts.tree().menus()) {
                try {
                    String twiml = TwimlRenderer.render(prompts,
                            new Step.Menu(CallState.start(language).at(menu), Step.Lead.NONE));
                    int total = Listening.words(ParsedTwiml.parse(twiml).spokenText());
                    EntryName introduction = EntryName.passage(menu);
                    int intro = w.has(introduction) ? Listening.words(w.say(introduction).plainText()) : 0;
                    lengths.add(new MenuLength(language, menu, total - intro, intro));
                } catch (Exception | StackOverflowError e) {
                    // reported by the rehearsal
                }
            }
        }
        return lengths;
    }

    /** Where staff change the menu's words: its first option's entry. */
    EntryName firstOptionEntry(PhoneTree tree) {
        return tree.options(menu).stream().findFirst().map(o -> EntryName.option(o.target())).orElse(FixedEntry.OPTION);
    }
}
