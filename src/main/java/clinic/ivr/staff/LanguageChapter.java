package clinic.ivr.staff;

import clinic.ivr.checks.Listening;
import clinic.ivr.checks.Rehearsal;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Key;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Speech;
import clinic.ivr.prompts.Wording;
import clinic.ivr.staff.ScriptDocument.Block;
import clinic.ivr.staff.ScriptDocument.Chapter;
import clinic.ivr.staff.ScriptDocument.Choice;
import clinic.ivr.staff.ScriptDocument.Heading;
import clinic.ivr.staff.ScriptDocument.Keys;
import clinic.ivr.staff.ScriptDocument.Line;
import clinic.ivr.staff.ScriptDocument.Note;
import clinic.ivr.staff.ScriptDocument.Said;
import clinic.ivr.staff.ScriptDocument.Section;
import clinic.ivr.twiml.ParsedTwiml;
import clinic.ivr.twiml.TwimlRenderer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * One language's chapter of the phone script: the first answer, each menu with its keys, every
 * answer part by part, the front desk, goodbye, the sentences said when a caller needs help, and the
 * words callers may say. What calls hear is rendered as calls hear it.
 */
final class LanguageChapter {

    /** Twilio's test number, for the steps that need a caller's number to lay out. */
    private static final PhoneNumber SAMPLE_CALLER = PhoneNumber.of("+15005550006");

    private final Prompts prompts;
    private final String language;
    private final Wording w;
    private final String lang;

    LanguageChapter(Prompts prompts, String language) {
        this.prompts = prompts;
        this.language = language;
        this.w = prompts.wording(language);
        this.lang = prompts.voice(language).language();
    }

    Chapter chapter() {
        List<Section> sections = new ArrayList<>();
        sections.add(firstAnswer());
        for (String menu : prompts.tree().menus()) {
            sections.add(menu(menu));
        }
        sections.add(answers());
        sections.add(frontDesk());
        sections.add(messages());
        sections.add(new Section("Goodbye", List.of(
                new Note("After a call with the front desk ends, the line says goodbye and hangs up."),
                timed("", render(new Step.Goodbye(CallState.start(language)))))));
        sections.add(help());
        sections.add(new Section("Words callers can say", words()));
        return new Chapter(language, PhoneScript.name(language) + " (" + language + ")", sections);
    }

    private Section firstAnswer() {
        List<Block> blocks = new ArrayList<>();
        if (language.equals(prompts.flow().defaultLanguage())) {
            blocks.add(new Note("Every call starts here: the emergency notice, the welcome, then the main menu."));
            blocks.add(timed("", render(prompts.flow().start())));
        } else {
            String first = PhoneScript.name(prompts.flow().defaultLanguage());
            blocks.add(new Note("Calls start in " + first + "; callers who choose this language go straight to its"
                    + " main menu. These lines open the call only when this language is listed first in clinic.yaml."));
            blocks.add(timed("", lines(w.say(FixedEntry.EMERGENCY), w.say(FixedEntry.WELCOME))));
        }
        return new Section("The first answer", blocks);
    }

    private Section menu(String menu) {
        boolean main = menu.equals(PhoneTree.MAIN);
        List<Line> heard = render(new Step.Menu(CallState.start(language).at(menu), Lead.NONE));
        EntryName introduction = EntryName.passage(menu);
        int intro = w.has(introduction) ? Listening.words(w.say(introduction).plainText()) : 0;
        int words = Listening.words(PhoneScript.text(heard));
        List<Block> blocks = new ArrayList<>();
        String choices = PhoneScript.time(words - intro).replace("Listening time:", "Listening time of the choices:");
        blocks.add(new Said("", heard, choices + (intro > 0 ? " With the introduction: " + words + " words, about "
                + Listening.seconds(words) + " s (" + Listening.slowSeconds(words) + " s slow)." : "")));
        List<Choice> keys = new ArrayList<>();
        for (PhoneTree.Option o : prompts.tree().options(menu)) {
            String kind = prompts.tree().isMenu(o.target()) ? "the " + o.target() + " menu" : "the answer " + o.target();
            keys.add(new Choice(o.key(), kind, w.say(EntryName.option(o.target())).plainText(), lang));
        }
        if (main) {
            blocks.add(said("At the slower pace, instead of the offer of slower speech",
                    lines(w.say(FixedEntry.NORMAL_PACE_OPTION))));
            keys.add(new Choice(Key.PACE.press(), "slower speech for the rest of the call; again, normal speed", "", ""));
            prompts.flow().otherLanguage(language).ifPresent(other -> keys.add(new Choice(Key.LANGUAGE.press(),
                    "the " + PhoneScript.name(other) + " line", "", "")));
        } else {
            keys.add(new Choice(Key.MAIN_MENU.press(), "the main menu", "", ""));
        }
        keys.add(new Choice(Key.FRONT_DESK.press(), "the front desk", "", ""));
        keys.add(new Choice(Key.REPEAT.press(), "hear this menu again (twice in a row: slower speech)", "", ""));
        blocks.add(new Keys("Keys", keys));
        blocks.add(new Note("If the caller says nothing, the line says the silence sentence (see below) and the"
                + " choices again, without the closing lines, and waits longer."));
        return new Section(main ? "Main menu" : "Menu: " + menu, blocks);
    }

    private Section answers() {
        List<Block> blocks = new ArrayList<>();
        for (String topic : prompts.tree().topics()) {
            String menu = prompts.tree().parent(topic).orElse(PhoneTree.MAIN);
            String key = prompts.tree().options(menu).stream().filter(o -> o.target().equals(topic))
                    .map(PhoneTree.Option::key).findFirst().orElse("?");
            blocks.add(new Heading(topic + ": " + w.say(EntryName.option(topic)).plainText()));
            blocks.add(new Note("In the " + menu + " menu, key " + key + "."));
            int parts = w.parts(EntryName.passage(topic)).size();
            String back = menu.equals(PhoneTree.MAIN) ? "" : Key.BACK.press();
            if (topic.equals(PhoneTree.HOURS)) {
                CallState at = CallState.start(language).at(topic);
                blocks.add(timed("Said from clinic.yaml; an open day, for example",
                        render(new Step.Hours(at, Lead.NONE, Rehearsal.SAMPLE_DAYS.get(0)))));
                blocks.add(timed("A special day, closed", render(new Step.Hours(at, Lead.NONE, Rehearsal.SAMPLE_DAYS.get(4)))));
            }
            for (int part = 1; part <= parts; part++) {
                Step step = new Step.Answer(CallState.start(language).at(topic).atPart(part), Lead.NONE, parts, back);
                blocks.add(timed(parts > 1 ? "Part " + part + " of " + parts : "", render(step)));
            }
            List<Choice> keys = new ArrayList<>();
            if (parts > 1) {
                keys.add(new Choice(Key.NEXT_PART.press(), "the next part (after a short pause, the next part starts by itself)", "", ""));
            }
            if (!back.isEmpty()) {
                keys.add(new Choice(back, "back to the " + menu + " menu", "", ""));
            }
            keys.add(new Choice(Key.REPEAT.press(), "hear it again", "", ""));
            keys.add(new Choice(Key.MAIN_MENU.press(), "the main menu", "", ""));
            keys.add(new Choice(Key.FRONT_DESK.press(), "the front desk", "", ""));
            blocks.add(new Keys("Keys after the answer", keys));
        }
        return new Section("Answers", blocks);
    }

    private Section frontDesk() {
        List<Block> blocks = new ArrayList<>();
        CallState state = CallState.start(language);
        prompts.frontDeskNumber().ifPresentOrElse(number -> {
            blocks.add(new Note("Key 0, or words such as \"front desk\", from anywhere, while the desk is open. The line"
                    + " rings " + number.text() + " for " + prompts.clinic().frontDesk().ring() + " seconds."));
            blocks.add(timed("", render(new Step.FrontDesk(state, Lead.NONE, number))));
            blocks.add(said("After three tries in a row that did not work", lines(w.say(FixedEntry.AFTER_MISSES))));
            for (String menu : prompts.tree().menus()) {
                blocks.add(said("What the staff member who picks up hears, before the caller is put through"
                        + (menu.equals(PhoneTree.MAIN) ? "" : " (from the " + menu + " menu)"),
                        render(new Step.Whisper(state.at(menu)))));
            }
        }, () -> blocks.add(new Note("No front desk number is set: callers who ask for it hear that the front desk"
                + " cannot take the call, and the offer to leave a message.")));
        blocks.add(said("When the desk is closed (then the offer to leave a message)", lines(w.say(FixedEntry.DESK_CLOSED))));
        blocks.add(said("When no one answers (then the offer)", lines(w.say(FixedEntry.FRONT_DESK_MISSED))));
        blocks.add(said("When the front desk cannot be reached (then the offer)",
                lines(w.say(FixedEntry.FRONT_DESK_UNAVAILABLE))));
        return new Section("The front desk", blocks);
    }

    private Section messages() {
        List<Block> blocks = new ArrayList<>();
        CallState state = CallState.start(language);
        blocks.add(timed("The offer (\"try again\" only while the desk is open)",
                render(new Step.MessageOffer(state, Lead.NONE, true, prompts.flow().hours().today(java.time.Instant.EPOCH),
                        prompts.flow().hours().callback(java.time.Instant.EPOCH)))));
        blocks.add(new Keys("Keys", List.of(new Choice(Key.MESSAGE.press(), "leave a message", "", ""),
                new Choice(Key.TRY_AGAIN.press(), "try the front desk again, while it is open", "", ""),
                new Choice(Key.MAIN_MENU.press(), "the main menu", "", ""), new Choice(Key.REPEAT.press(), "hear the offer again", "", ""))));
        blocks.add(timed("Before the beep", render(new Step.Voicemail(state, SAMPLE_CALLER))));
        blocks.add(said("When nothing was recorded (then the offer again)", lines(w.say(FixedEntry.RECORDING_EMPTY))));
        blocks.add(said("When the line could not keep the message (then the offer again)",
                lines(w.say(FixedEntry.MESSAGE_NOT_SAVED))));
        blocks.add(said("After a message, by the desk's hours", lines(w.say(FixedEntry.MESSAGE_SAVED),
                w.say(FixedEntry.CALLBACK_TODAY), w.say(FixedEntry.CALLBACK_TOMORROW), w.callbackOn(DayOfWeek.MONDAY),
                w.say(FixedEntry.GOODBYE))));
        blocks.add(said("After an answer, when the line can send the caller a text (key 6)",
                lines(w.say(FixedEntry.TEXT_OPTION))));
        blocks.add(said("Once the text is sent, or when it could not be", lines(w.say(FixedEntry.TEXT_SENT),
                w.say(FixedEntry.TEXT_FAILED))));
        List<Line> text = new ArrayList<>();
        for (String line : w.say(FixedEntry.TEXT_MESSAGE).writtenText().split("\n")) {
            if (!line.isBlank()) {
                text.add(new Line(line, lang));
            }
        }
        blocks.add(said("The text message (written, not said)", text));
        return new Section("Messages and text messages", blocks);
    }

    private Section help() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Note("Said before the menu or answer again."));
        blocks.add(said("A key that is not a choice (here, 6)", lines(w.invalidKey("6"))));
        blocks.add(said("Keys that make no sense", lines(w.say(FixedEntry.INVALID_CHOICE))));
        blocks.add(said("Speech the line did not understand", lines(w.say(FixedEntry.NOT_UNDERSTOOD))));
        String example = prompts.tree().topics().stream().findFirst().orElse(PhoneTree.HOURS);
        blocks.add(said("Speech the line is not sure of (here, for " + example + "): 1 or yes goes there, anything"
                + " else back to the menu", lines(w.confirm(example))));
        blocks.add(said("A question only the front desk can answer (costs, insurance, bills, changing an appointment,"
                + " a doctor's office, returning a call): 1 or yes puts the caller through",
                lines(w.say(FixedEntry.ASK_THE_DESK), w.say(FixedEntry.CONFIRM_FRONT_DESK))));
        blocks.add(said("Asked whether to be put through, the caller asks what the front desk is (\"what's the front"
                + " desk?\", \"who would I talk to?\")", lines(w.say(FixedEntry.WHO_THE_DESK_IS),
                w.say(FixedEntry.CONFIRM_FRONT_DESK))));
        blocks.add(said("Asking where the clinic is (the address only once clinic.yaml has it)",
                lines(w.say(FixedEntry.DIRECTIONS), w.say(FixedEntry.DIRECTIONS_UNKNOWN), w.say(FixedEntry.CONFIRM_FRONT_DESK))));
        blocks.add(said("Silence", lines(w.say(FixedEntry.SILENCE))));
        blocks.add(said("Something went wrong (back to the main menu)", lines(w.say(FixedEntry.PROBLEM))));
        blocks.add(said("Slower speech (key 7, \"slower\", or star twice)", lines(w.say(FixedEntry.SLOWER_NOW))));
        blocks.add(said("Normal speed again", lines(w.say(FixedEntry.NORMAL_PACE_NOW))));
        blocks.add(said("Asked to wait (\"hold on\", \"un momento\"): no miss; then the line listens again, longer",
                lines(w.say(FixedEntry.WAIT_NOW))));
        blocks.add(said("Thanked (\"thank you\", \"muchas gracias\", said alone): no miss; then the choices, in short",
                lines(w.say(FixedEntry.YOU_ARE_WELCOME))));
        return new Section("When a caller needs help", blocks);
    }

    private List<Block> words() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Note("Callers can say these instead of pressing a key."));
        List<Choice> keys = new ArrayList<>();
        List<EntryName> lists = new ArrayList<>(Wording.COMMAND_WORDS.keySet());
        for (String menu : prompts.tree().menus()) {
            prompts.tree().options(menu).forEach(o -> lists.add(EntryName.words(o.target())));
        }
        for (EntryName entry : lists) {
            keys.add(new Choice("", entry.text(), String.join(", ", w.words(entry)), lang));
        }
        blocks.add(new Keys("Words, and the entry that lists them", keys));
        return blocks;
    }

    /** A sentence or two said before something else: no listening time of its own. */
    private Said said(String label, List<Line> lines) {
        return new Said(label, lines, "");
    }

    /** A whole prompt, with how long it takes to hear. */
    private Said timed(String label, List<Line> lines) {
        return new Said(label, lines, PhoneScript.time(Listening.words(PhoneScript.text(lines))));
    }

    private List<Line> lines(Speech... speech) {
        List<Line> lines = new ArrayList<>();
        for (Speech s : speech) {
            if (!s.isEmpty()) {
                lines.add(new Line(s.plainText(), lang));
            }
        }
        return lines;
    }

    private List<Line> render(Step step) {
        try {
            List<Line> lines = new ArrayList<>();
            for (ParsedTwiml.Said said : ParsedTwiml.parse(TwimlRenderer.render(prompts, step)).said()) {
                said.lines().forEach(l -> lines.add(new Line(l, said.language())));
            }
            return lines;
        } catch (Exception e) {
            throw new IllegalStateException("a validated version renders every step", e);
        }
    }
}
