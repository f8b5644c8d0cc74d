package clinic.ivr.flow;

import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.understanding.Hearing;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The call's state machine: given where the caller is and what they did, what happens next.
 * Pure Java: no I/O, no clock (the moment of a request is given), no templates, so every path is a
 * plain unit test.
 */
public final class Flow {

    public static final int BASE_WAIT_SECONDS = 8;
    public static final int EXTRA_WAIT_SECONDS = 4;
    public static final int BETWEEN_PARTS_SECONDS = 3;
    /** Failed tries in a row before the caller is put through to a person. */
    public static final int MAX_MISSES = 3;
    /** What words said after a yes to the offer of a message may sound like, and are the message itself. */
    private static final Set<Heard.Kind> MESSAGE_BEGUN = EnumSet.of(Heard.Kind.GO, Heard.Kind.TEXT);

    private final PhoneTree tree;
    private final Listener listener;
    private final TreeReading reading;
    private final YesOrNoAnswers answers;
    private final List<String> languages;
    private final AnswerParts parts;
    private final Optional<PhoneNumber> frontDeskNumber;
    private final OpeningHours hours;

    /**
     * @param languages       language codes, the first is the default
     * @param parts           for each language, the parts of each topic's answer as read
     * @param frontDeskNumber the E.164 number of the front desk, if one is set
     * @param hours           when the front desk answers
     */
    public Flow(PhoneTree tree, Listener listener, List<String> languages,
                Map<String, Map<String, List<String>>> parts, Optional<PhoneNumber> frontDeskNumber, OpeningHours hours) {
        this.tree = tree;
        this.listener = listener;
        this.parts = new AnswerParts(parts);
        this.reading = new TreeReading(tree, listener, this.parts);
        this.answers = listener.answers();
        this.languages = List.copyOf(languages);
        this.frontDeskNumber = frontDeskNumber;
        this.hours = hours;
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** The language a caller switches to with {@link Key#LANGUAGE}, if the line has another. */
    public Optional<String> otherLanguage(String language) {
        if (languages.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(languages.get((languages.indexOf(language) + 1) % languages.size()));
    }

    /** The first answer of a call. */
    public Step start() {
        return new Step.Menu(CallState.start(defaultLanguage()), Lead.of(Lead.Kind.WELCOME));
    }

    /**
     * The first answer of this call: on a day staff closed the clinic, the welcome says so, why, and when
     * it opens again, before the menu.
     */
    public Step start(Call call) {
        return welcome(CallState.start(defaultLanguage()), call);
    }

    /** The emergency notice and welcome, then the main menu: on a day staff closed the clinic, why and when it opens. */
    private Step welcome(CallState state, Call call) {
        OpeningHours.Today today = hours(call).today(call.now());
        return new Step.Menu(state, Lead.of(Lead.Kind.WELCOME), today.closure().isPresent() ? Optional.of(today)
                : Optional.empty());
    }

    /**
     * The answer to a Gather: the caller pressed keys, spoke, or stayed silent.
     *
     * @param call the facts of this request: the number dialled (never rung back), the caller's number, now
     */
    public Step next(CallState given, Input input, Call call) {
        return Hearing.during(() -> answered(given, input, call));
    }

    private Step answered(CallState given, Input input, Call call) {
        CallState state = checked(given);
        if (state == null) {
            return new Step.Menu(CallState.start(language(given)), Lead.of(Lead.Kind.PROBLEM));
        }
        if (!state.ask().isEmpty()) {
            return confirmed(state, input, listener.settled(input, state, true), call);
        }
        return follow(state, hear(state, input), call);
    }

    /** Where what the caller asked for at a menu or an answer takes the call. */
    private Step follow(CallState state, Heard heard, Call call) {
        if (!heard.saidIn().isEmpty()) {
            return askedIn(heard, state, call);
        }
        return switch (heard.kind()) {
            case GO -> enter(state.understood().at(heard.detail()), call);
            // "so it doesn't hurt, good" in the answer about whether it hurts: the caller took it in, and is not
            // asked whether they want to hear what they just heard
            case MAYBE -> heard.detail().equals(state.node()) && tree.isTopic(state.node())
                    ? carryOn(state, Lead.Kind.ACKNOWLEDGED, call)
                    : new Step.Confirm(state.understood().asking(maybe(heard)), Lead.NONE);
            case ASK_THE_DESK -> offerTheDesk(state, Lead.Kind.ASK_THE_DESK);
            case DIRECTIONS -> offerTheDesk(state, Lead.Kind.DIRECTIONS);
            case FRONT_DESK -> frontDesk(state.understood(), Lead.NONE, call);
            case MESSAGE -> new Step.Voicemail(state.understood(), call.caller());
            // asked for in words, a text goes out from any menu or answer; where none can, the desk can help
            case TEXT -> canText(call)
                    ? new Step.SendText(state.understood(), call.caller())
                    : offerTheDesk(state, Lead.Kind.ASK_THE_DESK);
            case LANGUAGE -> inLanguage(heard.detail(), state, call);
            case SLOWER -> again(state.understood().withSlow(true), Lead.of(Lead.Kind.SLOWER_NOW), call);
            case NORMAL_PACE -> again(state.understood().withSlow(false), Lead.of(Lead.Kind.NORMAL_PACE_NOW), call);
            case WAIT -> again(waited(state), Lead.of(Lead.Kind.WAIT), call);
            // the line cannot call 911 for the caller: it says to hang up and dial it, and stays, never a miss
            case EMERGENCY -> theChoices(state, Lead.Kind.EMERGENCY, call);
            case GOODBYE -> goodbye(state, heard);
            // "what was that about holding the stretch": the part named by what it said
            case REPEAT -> heard.partAskedFor() == 0 ? repeat(state, call)
                    : answer(state.understood().atPart(heard.partAskedFor()), Lead.NONE, call);
            case MAIN_MENU -> new Step.Menu(state.understood().at(PhoneTree.MAIN), Lead.NONE);
            case GO_BACK -> oneStepBack(state);
            case SILENCE -> silence(state, call);
            case THANKS -> carryOn(state, Lead.Kind.THANKS, call);
            case ACKNOWLEDGED -> carryOn(state, Lead.Kind.ACKNOWLEDGED, call);
            case DECLINED -> declined(state, call);
            case UNCLEAR -> missed(state, Lead.of(Lead.Kind.NOT_UNDERSTOOD), call);
            case GARBLED -> missed(state, Lead.of(Lead.Kind.INVALID_CHOICE), call);
            case NEXT -> next(state, heard, call);
            case KEY -> key(state, heard.detail(), call);
        };
    }

    /** What a caller who may have asked for something is asked about: a menu or topic, or the front desk. */
    private static String maybe(Heard heard) {
        return heard.detail().isEmpty() ? CallState.FRONT_DESK : heard.detail();
    }

    /** The goodbye, in the language the caller said it in when that is the line's other one. */
    private static Step goodbye(CallState state, Heard heard) {
        return new Step.Goodbye(heard.detail().isEmpty() ? state.understood() : state.understood().inLanguage(heard.detail()));
    }

    /** What only the front desk can answer: said so ({@code why}), then "Do you want me to put you through?" */
    private static Step offerTheDesk(CallState state, Lead.Kind why) {
        return offerTheDesk(state, Lead.of(why));
    }

    private static Step offerTheDesk(CallState state, Lead why) {
        return new Step.Confirm(state.understood().asking(CallState.FRONT_DESK), why);
    }

    /**
     * The answer to "Do you want to hear ...? Say yes, or press 1.": yes, or the choice said again, goes
     * there, 0 to the front desk, 9 to the main menu, star asks again; words that surely ask for something else,
     * with a yes or a no or neither ("no, how many visits would I need", "alright, what are your hours?", "okay
     * thanks, bye"), are answered as at a menu; asked to wait, the line waits for the answer; no, or anything
     * else, goes back to the menu the caller was in.
     *
     * @param said  all the caller said, where a please is told from a yes ("yes but louder please")
     * @param input the part of it the line settles on ("louder please")
     */
    private Step confirmed(CallState state, Input said, Input input, Call call) {
        CallState settled = state.understood();
        Heard heard = reading.heardAt(state, input);
        if (heard.kind() == Heard.Kind.WAIT) {
            // "one moment please" is no yes, nor "no se vaya" a no: the question waits for its answer
            return new Step.Confirm(waited(state), Lead.of(Lead.Kind.WAIT));
        }
        if (state.ask().equals(CallState.FRONT_DESK) && answers.answer(input, state).isEmpty()
                && listener.asksWhatTheDeskIs(input, state)) {
            // "what's the front desk?", "who would I talk to?": no yes, nor a no; told who it is, then asked again
            return new Step.Confirm(settled.asking(CallState.FRONT_DESK), Lead.of(Lead.Kind.WHO_THE_DESK_IS));
        }
        Optional<YesOrNoAnswers.YesOrNo> answeredIn = answers.answersInAnother(input, state);
        if (answeredIn.isPresent()) {
            // "sí, por favor" to the English line's question: that yes, or that no, and the call goes on in Spanish
            CallState there = state.inLanguage(answeredIn.get().language());
            Lead notice = Lead.of(Lead.Kind.OTHER_LANGUAGE);
            return answeredIn.get().yes() ? yes(there, notice, call)
                    : new Step.Menu(there.understood().at(tree.menuOf(state.node())), notice);
        }
        if (!heard.saidIn().isEmpty()) {
            // asked in the other language ("sí, quiero saber qué pasa en una sesión"): answered in it
            return follow(settled.asking(""), heard, call);
        }
        // a key said is as if pressed: "one" is the yes the question asks to press, and "number two, please" key 2,
        // though "please" is a word for yes; a refusal is the no, whatever yes it holds ("please don't transfer me")
        Optional<Boolean> answered = heard.kind() == Heard.Kind.KEY
                ? Optional.of(true).filter(yes -> Key.YES.is(heard.detail()))
                : heard.kind() == Heard.Kind.DECLINED ? Optional.of(false) : answers.answer(input, state);
        // "go back, please", "bueno, regrese a la lista de temas": a going back beside a yes is the going back, to the
        // menu asked in. "can you repeat the question, please", "slower please": a yes only in a please, in all the
        // caller said, beside asking for it again or for another command, is none ("please do" is the yes, and "yes but
        // louder please")
        Optional<Boolean> answer = answered.filter(yes -> !(yes && (heard.kind() == Heard.Kind.GO_BACK
                || listener.yesOnlyInAPlease(said, state, heard))));
        // "yes, that's it", "sí, eso es todo": after a yes, a farewell in little words alone is the yes. A caller who
        // meant goodbye can hang up; one hung up on cannot go on. "Okay thanks, bye" still says goodbye
        boolean yesThatsIt = answer.orElse(false) && heard.kind() == Heard.Kind.GOODBYE
                && answers.yesBesidesAFarewell(input, state);
        boolean paceAsked = heard.kind() == Heard.Kind.SLOWER || heard.kind() == Heard.Kind.NORMAL_PACE;
        if (paceAsked && answer.orElse(true)) {
            // "yes, but slower please": the answer, at the pace asked; "slower please" alone: the question again, at
            // it; "no, I'm in a hurry" is the no
            boolean slow = heard.kind() == Heard.Kind.SLOWER;
            CallState paced = state.withSlow(slow);
            Lead lead = Lead.of(slow ? Lead.Kind.SLOWER_NOW : Lead.Kind.NORMAL_PACE_NOW);
            return answer.orElse(false) ? yes(paced, lead, call) : new Step.Confirm(paced.understood().asking(state.ask()), lead);
        }
        // asked whether to be put through, a yes said first and no question after it is the yes, though a topic's words
        // follow: what the caller will ask the desk ("yes please, I need to ask about a referral"); not a farewell ("okay,
        // I'll call back later" is the caller leaving)
        boolean acceptedTheDesk = state.ask().equals(CallState.FRONT_DESK) && answer.orElse(false)
                && answers.yesFirst(input, state) && !input.speech().contains("?") && heard.kind() != Heard.Kind.GOODBYE;
        // "my chiropractor explained it all, so no thanks": the answer said last, after why
        boolean asksElse = input.digits().isEmpty() && asksForMore(heard, state.ask()) && !yesThatsIt
                && !acceptedTheDesk && !(answer.isPresent() && answers.answersLast(input, state));
        // "sorry, what?", "can you repeat the question, please"; "no le oí", "no escuché bien, repítalo", "no le oí bien
        // porque pasó la ambulancia": a no in words that say the question was not caught is none
        boolean askedAgain = heard.kind() == Heard.Kind.REPEAT
                && answer.map(yes -> !yes && listener.noOnlyInWordsNotCaught(input, state)).orElse(true);
        if (askedAgain) {
            return new Step.Confirm(settled.asking(state.ask()).morePatient(), Lead.NONE);
        }
        if (answer.orElse(false) && !asksElse) {
            return yes(state, call);
        }
        // "four" at "Do you want to hear what happens in a session?", asked at the menu where 4 is the session: the choice
        // said again, by its key. The question's own keys (1 yes, 2 no) keep their meaning, as does a key pressed
        boolean keySaid = input.digits().isEmpty() && heard.kind() == Heard.Kind.KEY && !Key.YES.is(heard.detail())
                && !Key.NO.is(heard.detail()) && tree.option(tree.menuOf(state.node()), heard.detail())
                .filter(option -> option.target().equals(state.ask())).isPresent();
        if (answer.isEmpty() && (names(heard, state.ask()) || keySaid)) {
            return yes(state, call);
        }
        // "quiero una cita", "can I talk to whoever does the booking": neither a yes nor a no, but perhaps the desk: the
        // caller is asked whether they want it, not sent to the menu
        if (answer.isEmpty() && heard.perhapsTheDesk() && !state.ask().equals(CallState.FRONT_DESK)
                && !answers.repliesNo(input, state)) {
            return follow(settled.asking(""), heard, call);
        }
        // asked whether to be put through, a no said first is the no, though the desk's words follow it ("no thanks,
        // the recording already answered me"), but for a person asked for after it ("no, I'd rather talk to someone")
        boolean refusedTheDesk = state.ask().equals(CallState.FRONT_DESK) && answer.isPresent() && !answer.get()
                && answers.repliesNo(input, state) && !answers.aPersonAfterANo(input, state);
        // 9 pressed at the question is the main menu, as everywhere (the key map), not the menu it was asked in
        if ((heard.kind() == Heard.Kind.FRONT_DESK || heard.kind() == Heard.Kind.ASK_THE_DESK) && !refusedTheDesk
                || asksElse || heard.kind() == Heard.Kind.MAIN_MENU) {
            return follow(settled.asking(""), heard, call);
        }
        return new Step.Menu(settled.at(tree.menuOf(state.node())), Lead.NONE);
    }

    /** Yes to the short question: the choice it asked about. */
    private Step yes(CallState state, Call call) {
        return yes(state, Lead.NONE, call);
    }

    private Step yes(CallState state, Lead lead, Call call) {
        CallState settled = state.understood();
        return state.ask().equals(CallState.FRONT_DESK)
                ? frontDesk(settled, lead, call) : enter(settled.at(state.ask()), lead, call);
    }

    /** Whether the caller named the very choice the line asked about: "who it helps" to "Do you want to hear who it helps?" */
    private static boolean names(Heard heard, String asked) {
        return heard.kind() == Heard.Kind.GO && heard.detail().equals(asked);
    }

    /**
     * Whether the caller's words surely ask for something other than the choice asked about, as they would at a
     * menu. A doubtful match is not asked about in turn: one question at a time, then the menu. Asked whether to be
     * put through, what the desk answers is no other choice: "sí, necesito cambiar mi cita" is the yes.
     */
    private static boolean asksForMore(Heard heard, String asked) {
        return switch (heard.kind()) {
            case GO -> !heard.detail().equals(asked);
            case FRONT_DESK, ASK_THE_DESK -> !asked.equals(CallState.FRONT_DESK);
            case DIRECTIONS, MESSAGE, TEXT, LANGUAGE, MAIN_MENU, SLOWER, NORMAL_PACE, GOODBYE, EMERGENCY -> true;
            // going back from the question is going back to the menu it was asked in, as a no does
            case MAYBE, KEY, NEXT, REPEAT, WAIT, THANKS, ACKNOWLEDGED, DECLINED, GO_BACK, SILENCE, UNCLEAR, GARBLED -> false;
        };
    }

    /** One step back: from an answer, the menu it is in; from a menu, the one it is offered in. */
    private Step.Menu oneStepBack(CallState state) {
        String node = state.node();
        return new Step.Menu(state.understood().at(tree.isMenu(node) ? tree.parent(node).orElse(PhoneTree.MAIN)
                : tree.menuOf(node)), Lead.NONE);
    }

    /** Makes the listener ready for callers' words in every language, before this version answers calls. */
    public void prepareListening() {
        listener.prepare();
    }

    /** Whether the listener is ready for callers' words in every language: no caller who speaks waits for it. */
    public boolean readyToListen() {
        return listener.ready();
    }

    /** What the line understands from the caller's input at this point of the call. */
    public Heard hear(CallState state, Input input) {
        return Hearing.during(() -> heard(state, input));
    }

    private Heard heard(CallState state, Input input) {
        Input settled = listener.settled(input, state, false);
        // "but what is it exactly?" at a menu or after an answer: naming nothing, the caller asks what the line is about;
        // in an answer's middle, about what it just said, which the next part goes on with
        if (state.ask().isEmpty() && listener.asksWhatItIs(settled, state)) {
            return partsLeft(state) ? Heard.of(Heard.Kind.NEXT) : Heard.go(tree.subject());
        }
        Heard heard = reading.heardAt(state, settled);
        // "so I had a fall and my doctor mentioned traction, what is that exactly?": a place its story sounds like, but
        // what the caller asks last is what the line is about
        if ((heard.kind() == Heard.Kind.GO || heard.kind() == Heard.Kind.MAYBE) && tree.isTopic(heard.detail())
                && state.ask().isEmpty() && !partsLeft(state) && listener.endsAskingWhatItIs(settled, state)) {
            return Heard.go(tree.subject());
        }
        // "qué bien, tenía miedo de que doliera", "I see, so it won't hurt him" after the answer whether it hurts: its
        // own words with an okay, asking nothing, are the caller taking it in, not asking for it again
        if (heard.equals(Heard.go(state.node())) && tree.isTopic(state.node()) && !partsLeft(state)
                && !settled.speech().contains("?") && listener.saysAnOkay(settled, state)) {
            return Heard.of(Heard.Kind.ACKNOWLEDGED);
        }
        // "oh that's a relief, my mom was worried about that" in or after an answer: an okay, then what the caller
        // thinks of it, asking nothing surely, is the caller taking it in
        boolean unsure = heard.kind() == Heard.Kind.MAYBE || heard.kind() == Heard.Kind.UNCLEAR;
        if (unsure && tree.isTopic(state.node()) && state.ask().isEmpty() && listener.reactsFirst(settled, state)) {
            return Heard.of(Heard.Kind.ACKNOWLEDGED);
        }
        return heard;
    }

    /**
     * After ringing the front desk. Twilio's DialCallStatus says how it went: "completed" or
     * "answered" means the call was answered; DialBridged "false" means it was answered but never put
     * through (the staff member did not accept, or a personal voicemail picked up). Anything else
     * (no-answer, busy, failed) means no one talked to the caller, who may leave a message.
     */
    public Step afterFrontDesk(CallState given, String dialStatus, String bridged, Call call) {
        CallState state = checkedOrStart(given);
        boolean answered = "completed".equals(dialStatus) || "answered".equals(dialStatus);
        if (answered && !"false".equals(bridged)) {
            return new Step.Goodbye(state);
        }
        return offer(state.understood(), Lead.of(Lead.Kind.FRONT_DESK_MISSED), call);
    }

    /**
     * The answer to the offer to leave a message: 1 records, 0 tries the desk again, 9 main menu, star repeats;
     * asked to wait, the line waits; a caller who says goodbye hears it back. The offer's first choice is the
     * message, so a yes that says nothing else ("yes please", "sí") records, and a no ("no thanks") goes to
     * the main menu, the offer's other choice.
     */
    public Step atDesk(CallState given, Input said, Call call) {
        return Hearing.during(() -> answeredAtDesk(given, said, call));
    }

    private Step answeredAtDesk(CallState given, Input said, Call call) {
        CallState state = checkedOrStart(given);
        Input input = listener.settled(said, state, true);
        // the offer reads no options, whatever menu the caller came from
        Heard heard = TreeReading.keyed(listener.hear(input, state), List.of());
        Optional<YesOrNoAnswers.YesOrNo> answeredIn = answers.answersInAnother(input, state);
        if (answeredIn.isPresent()) {
            // "sí" to the English line's offer: the recording in Spanish; "nope" at the Spanish one, the main menu in
            // English
            CallState there = state.understood().inLanguage(answeredIn.get().language());
            return answeredIn.get().yes() ? new Step.Voicemail(there, call.caller(), true)
                    : new Step.Menu(there.at(PhoneTree.MAIN), Lead.of(Lead.Kind.OTHER_LANGUAGE));
        }
        if (!heard.saidIn().isEmpty()) {
            return askedIn(heard, state, call);
        }
        // "no, I'll leave a voicemail some other time": a no first is the offer's, though a message is named after it.
        // Where the desk cannot ring, a message is the only way to it: "yeah, put me through", "sí, que me llamen"
        // answer the offer
        boolean replies = saysNothingElse(heard) || heard.kind() == Heard.Kind.MESSAGE && answers.repliesNo(input, state)
                || forTheDesk(heard) && !deskCanRing(call) || callsBackInHours(heard, input, state);
        Optional<Boolean> answer = input.digits().isEmpty() && replies ? answers.answer(input, state) : Optional.empty();
        // among words not understood, a yes comes first or is none: "so there's nobody I can talk to right now" never
        // records; a no anywhere is still the way back to the menu. Nor does a yes inside a question about the message
        // asked in one breath, which only stresses it: "¿sí me van a devolver la llamada?"
        boolean stressed = YesOrNoAnswers.oneQuestion(input) && listener.asksAboutTheMessage(input, state);
        if (answer.orElse(false) && (!understood(heard) && !answers.yesFirst(input, state) || stressed)) {
            answer = Optional.empty();
        }
        if (answer.isPresent()) {
            return answer.get() ? new Step.Voicemail(state.understood(), call.caller())
                    : new Step.Menu(state.understood().at(PhoneTree.MAIN), Lead.NONE);
        }
        // "will somebody call me back?", "¿un mensaje para quién?": asked about the message, not for it, the line says when
        // the clinic calls back, then offers it again; "can I leave a message?" and a yes first record
        if (stressed || aboutTheMessage(heard) && listener.asksAboutTheMessage(input, state)
                && !answers.yesFirst(input, state)) {
            return offer(state.understood(), Lead.of(Lead.Kind.CALLBACK), call);
        }
        // "yes, this is about my referral from Dr. Okafor", "sí, y que me manden la dirección por mensaje": after a yes
        // first, a topic's or a text's words not asked about are the message begun, not a question nor a text to send
        if (MESSAGE_BEGUN.contains(heard.kind()) && input.digits().isEmpty() && !input.speech().contains("?")
                && answers.yesFirst(input, state)) {
            return new Step.Voicemail(state.understood(), call.caller());
        }
        return switch (heard.kind()) {
            case MESSAGE -> new Step.Voicemail(state.understood(), call.caller());
            case FRONT_DESK, ASK_THE_DESK, DIRECTIONS -> frontDesk(state.understood(), Lead.NONE, call);
            case GO -> enter(state.understood().at(heard.detail()), call);
            // a no, or "I'm sure I don't want to leave a message" (a yes in it reads as no yes here): the other choice
            case MAIN_MENU, DECLINED -> new Step.Menu(state.understood().at(PhoneTree.MAIN), Lead.NONE);
            case GO_BACK -> oneStepBack(state);
            case LANGUAGE -> inLanguage(heard.detail(), state, call);
            case REPEAT -> offer(state.withMisses(0).morePatient(), deskLead(call), call);
            case WAIT -> offer(waited(state), Lead.of(Lead.Kind.WAIT), call);
            case EMERGENCY -> offer(state.understood(), Lead.of(Lead.Kind.EMERGENCY), call);
            case GOODBYE -> goodbye(state, heard);
            case THANKS -> offer(state.understood(), Lead.of(Lead.Kind.THANKS), call);
            case ACKNOWLEDGED -> offer(state.understood(), Lead.of(Lead.Kind.ACKNOWLEDGED), call);
            case SILENCE -> missedAtDesk(state.morePatient(), Lead.of(Lead.Kind.SILENCE), call);
            case KEY -> Key.MESSAGE.is(heard.detail())
                    ? new Step.Voicemail(state.understood(), call.caller())
                    : missedAtDesk(state, new Lead(Lead.Kind.INVALID_KEY, heard.detail()), call);
            case NEXT -> missedAtDesk(state, noNextPart(heard), call);
            // "slower, please": the offer again at that pace, no miss
            case SLOWER -> offer(state.understood().withSlow(true), Lead.of(Lead.Kind.SLOWER_NOW), call);
            case NORMAL_PACE -> offer(state.understood().withSlow(false), Lead.of(Lead.Kind.NORMAL_PACE_NOW), call);
            // "can you text me the address?": sent where it can be, as from a menu; else why the desk cannot answer
            case TEXT -> canText(call) ? new Step.SendText(state.understood(), call.caller())
                    : offer(state.understood(), deskLead(call), call);
            case UNCLEAR, MAYBE -> missedAtDesk(state, Lead.of(Lead.Kind.NOT_UNDERSTOOD), call);
            case GARBLED -> missedAtDesk(state, Lead.of(Lead.Kind.INVALID_CHOICE), call);
        };
    }

    /**
     * After the Record verb: a message worth keeping is thanked for (and stored by the line); silence
     * is not a message, and the caller may try again. A line silent for long ends with a goodbye.
     */
    public Step afterRecording(CallState given, Recording recording, Call call) {
        CallState state = checkedOrStart(given);
        if (recording.isMessage()) {
            return new Step.MessageTaken(state.understood(), recording, hours(call).callback(call.now()));
        }
        if (state.misses() >= MAX_MISSES) {
            return new Step.Goodbye(state);
        }
        return offer(state.withMisses(state.misses() + 1), Lead.of(Lead.Kind.RECORDING_EMPTY), call);
    }

    /**
     * The message the caller left could not be kept (the store and its journal both failed): the caller
     * hears so, never that it is saved, and may leave it again or, while the desk is open, ring it.
     */
    public Step messageNotKept(CallState given, Call call) {
        return offer(checkedOrStart(given).understood(), Lead.of(Lead.Kind.MESSAGE_NOT_SAVED), call);
    }

    /** What the staff member who picks up hears: a key pressed accepts the call. */
    public Step whisper(CallState given, Input input) {
        CallState state = checkedOrStart(given);
        return input.digits().isEmpty() ? new Step.Whisper(state) : new Step.Connect(state);
    }

    /** After the line tried to send the caller a text: say how it went, then the menu the answer was in. */
    public Step afterText(CallState given, boolean sent) {
        CallState state = checkedOrStart(given);
        return new Step.Menu(state.understood().at(tree.menuOf(state.node())),
                Lead.of(sent ? Lead.Kind.TEXT_SENT : Lead.Kind.TEXT_FAILED));
    }

    /** The front desk's hours, in the clinic's time zone. */
    public OpeningHours hours() {
        return hours;
    }

    /** The hours as they stand for this call: closed all day when staff closed the clinic today. */
    private OpeningHours hours(Call call) {
        return call.closure().map(closure -> hours.closedFor(closure, call.now())).orElse(hours);
    }

    private Step key(CallState state, String key, Call call) {
        if (tree.isMenu(state.node())) {
            Optional<PhoneTree.Option> option = tree.option(state.node(), key);
            if (option.isPresent()) {
                return enter(state.understood().at(option.get().target()), call);
            }
            if (state.node().equals(PhoneTree.MAIN) && Key.PACE.is(key)) {
                boolean slow = !state.slow();
                return again(state.understood().withSlow(slow),
                        Lead.of(slow ? Lead.Kind.SLOWER_NOW : Lead.Kind.NORMAL_PACE_NOW), call);
            }
            if (state.node().equals(PhoneTree.MAIN) && Key.LANGUAGE.is(key)
                    && otherLanguage(state.language()).isPresent()) {
                return inLanguage(otherLanguage(state.language()).get(), state, call);
            }
        } else if (Key.BACK.is(key) && !tree.backKey(state.node()).isEmpty()) {
            return oneStepBack(state);
        } else if (Key.TEXT.is(key) && textOffer(state, call)) {
            return new Step.SendText(state.understood(), call.caller());
        }
        return missed(state, new Lead(Lead.Kind.INVALID_KEY, key), call);
    }

    /**
     * A caller who switches language starts over in it, emergency notice first: the one they heard
     * before was in a language they may not understand. Their pace stays.
     */
    private Step inLanguage(String language, CallState state, Call call) {
        return welcome(CallState.start(language).withSlow(state.slow()), call);
    }

    /**
     * Something asked for in the line's other language: the call goes on in it, where the caller asked to go (or
     * with the one question of a doubtful request), the emergency notice first as its welcome says it, since the
     * caller may never have heard it in their language: before the recording's instructions too, and before why
     * the step says what it says (what only the front desk can answer, the way there, the desk closed). The rest of
     * the welcome is not said.
     */
    private Step askedIn(Heard heard, CallState state, Call call) {
        CallState there = state.understood().inLanguage(heard.saidIn());
        Lead notice = Lead.of(Lead.Kind.OTHER_LANGUAGE);
        return switch (heard.kind()) {
            case FRONT_DESK -> frontDesk(there, notice, call);
            case MESSAGE -> new Step.Voicemail(there, call.caller(), true);
            case MAYBE -> new Step.Confirm(there.asking(maybe(heard)), notice);
            case ASK_THE_DESK -> offerTheDesk(there, Lead.of(Lead.Kind.ASK_THE_DESK).afterTheNoticeOf(notice));
            case DIRECTIONS -> offerTheDesk(there, Lead.of(Lead.Kind.DIRECTIONS).afterTheNoticeOf(notice));
            default -> enter(there.at(heard.detail()), notice, call);
        };
    }

    private Step next(CallState state, Heard heard, Call call) {
        if (partsLeft(state)) {
            return answer(state.understood().atPart(state.part() + 1), Lead.NONE, call);
        }
        if (heard.detail().isEmpty() && !tree.isMenu(state.node())) {
            // "go on", "siga" after an answer's last part: the caller is ready for what comes next, its choices; no miss
            return theChoices(state, Lead.Kind.ACKNOWLEDGED, call);
        }
        return missed(state, noNextPart(heard), call);
    }

    /** Where there is no next part: "Sorry, pound is not one of the choices", or, to "what's next" at a menu, "...that is not". */
    private static Lead noNextPart(Heard heard) {
        return heard.detail().isEmpty() ? Lead.of(Lead.Kind.INVALID_CHOICE) : new Lead(Lead.Kind.INVALID_KEY, heard.detail());
    }

    private Step repeat(CallState state, Call call) {
        CallState repeated = state.withMisses(0).withStars(state.stars() + 1).morePatient();
        if (repeated.stars() >= 2 && !repeated.slow()) {
            // asking twice in a row: the caller needs it slower, not just again
            return again(repeated.withSlow(true).withStars(0), Lead.of(Lead.Kind.SLOWER_NOW), call);
        }
        return again(repeated, Lead.NONE, call);
    }

    /**
     * The caller asked the line to wait ("hold on", "un momento"): no miss, however often. The same menu, answer
     * or question listens again, for longer, after only the reply; silence after it is silence as anywhere (the
     * choices again, more time, and three misses in a row to the front desk), so a caller who never comes back
     * still reaches a person.
     */
    private static CallState waited(CallState state) {
        return state.withStars(0).morePatient();
    }

    private Step silence(CallState state, Call call) {
        if (partsLeft(state)) {
            // a pause between parts of an answer: carry on
            return answer(state.atPart(state.part() + 1), Lead.NONE, call);
        }
        return missed(state.morePatient(), Lead.of(Lead.Kind.SILENCE), call);
    }

    /**
     * "Thank you", "okay": between the parts of an answer, the next part; else the {@code lead} ("You're welcome."
     * or nothing) and the choices, in short.
     */
    private Step carryOn(CallState state, Lead.Kind lead, Call call) {
        CallState settled = state.understood();
        if (partsLeft(state)) {
            return answer(settled.atPart(state.part() + 1), Lead.NONE, call);
        }
        return again(settled, Lead.of(lead), call);
    }

    /**
     * "No", "nope", with nothing asked: in an answer, the caller has heard enough of it, so the choices after its
     * last part, in short. At a menu it picks nothing: not understood, with an example of what to say.
     */
    private Step declined(CallState state, Call call) {
        if (tree.isMenu(state.node())) {
            return missed(state, Lead.of(Lead.Kind.NOT_UNDERSTOOD), call);
        }
        return theChoices(state, Lead.Kind.ACKNOWLEDGED, call);
    }

    /** The {@code lead}, then the choices where the caller is, in short: in an answer, those after its last part. */
    private Step theChoices(CallState state, Lead.Kind lead, Call call) {
        return again(state.understood().atPart(partsOf(state)), Lead.of(lead), call);
    }

    private Step missed(CallState state, Lead lead, Call call) {
        CallState missed = state.withMisses(state.misses() + 1).withStars(0);
        if (missed.misses() >= MAX_MISSES) {
            return frontDesk(missed.withMisses(0), Lead.of(Lead.Kind.AFTER_MISSES), call);
        }
        return again(missed, lead, call);
    }

    /**
     * Words that ask for nothing the offer of a message has: "yes", "sure, go ahead" (no next part here), "no
     * thanks".
     */
    private static boolean saysNothingElse(Heard heard) {
        return switch (heard.kind()) {
            case UNCLEAR, MAYBE, NEXT, ACKNOWLEDGED, THANKS -> true;
            default -> false;
        };
    }

    /**
     * "No, I'll just try again when you open", "no, lo llamo el lunes": at the offer, which has just read the hours, a no
     * first with words of the hours and no question is the no; "no, what time do you open tomorrow?" asks for them.
     */
    private boolean callsBackInHours(Heard heard, Input input, CallState state) {
        return heard.equals(Heard.go(PhoneTree.HOURS)) && !input.speech().contains("?") && answers.repliesNo(input, state);
    }

    /** What a question about the message is heard as: the message, or nothing sure. */
    private static boolean aboutTheMessage(Heard heard) {
        return heard.kind() == Heard.Kind.MESSAGE || !understood(heard);
    }

    /** Words surely understood as something: neither not understood nor asked about. */
    private static boolean understood(Heard heard) {
        return heard.kind() != Heard.Kind.UNCLEAR && heard.kind() != Heard.Kind.MAYBE;
    }

    /**
     * A failed try at the offer to leave a message. The desk cannot be the way out here, so after
     * repeated failures the line records: speaking is easier than pressing keys.
     */
    private Step missedAtDesk(CallState state, Lead lead, Call call) {
        CallState missed = state.withMisses(state.misses() + 1).withStars(0);
        if (missed.misses() >= MAX_MISSES) {
            return new Step.Voicemail(missed, call.caller());
        }
        return offer(missed, lead, call);
    }

    private Step again(CallState state, Lead lead, Call call) {
        return tree.isMenu(state.node()) ? new Step.Menu(state, lead) : answer(state, lead, call);
    }

    private Step enter(CallState state, Call call) {
        return enter(state, Lead.NONE, call);
    }

    private Step enter(CallState state, Lead lead, Call call) {
        return tree.isMenu(state.node()) ? new Step.Menu(state, lead) : answer(state, lead, call);
    }

    private Step answer(CallState state, Lead lead, Call call) {
        if (state.node().equals(PhoneTree.HOURS)) {
            return new Step.Hours(state, lead, hours(call).today(call.now()));
        }
        Step.Answer answer = new Step.Answer(state, lead, partsOf(state), tree.backKey(state.node()));
        return new Step.Answer(state, lead, answer.parts(), answer.back(), answer.lastPart() && textOffer(state, call));
    }

    /** Texts are offered after an answer when the line can send them and the caller's number can get them. */
    private boolean textOffer(CallState state, Call call) {
        return tree.isTopic(state.node()) && canText(call);
    }

    /** The line can send texts and the caller's number can get them. */
    private static boolean canText(Call call) {
        return call.textsAvailable() && call.caller().canReceiveTexts();
    }

    /**
     * Open: ring the desk. Closed, or no number to ring: say so and offer to leave a message, after the emergency
     * notice when the desk was asked for in the line's other language.
     */
    private Step frontDesk(CallState state, Lead lead, Call call) {
        if (!hours(call).isOpen(call.now())) {
            return offer(state.withMisses(0), Lead.of(Lead.Kind.DESK_CLOSED).afterTheNoticeOf(lead), call);
        }
        Optional<PhoneNumber> number = deskNumber(call);
        if (number.isEmpty()) {
            return offer(state.withMisses(0), Lead.of(Lead.Kind.FRONT_DESK_UNAVAILABLE).afterTheNoticeOf(lead), call);
        }
        return new Step.FrontDesk(state.withMisses(0), lead, number.get(), call.called());
    }

    private static boolean forTheDesk(Heard heard) {
        return heard.kind() == Heard.Kind.FRONT_DESK || heard.kind() == Heard.Kind.ASK_THE_DESK;
    }

    private boolean deskCanRing(Call call) {
        return hours(call).isOpen(call.now()) && deskNumber(call).isPresent();
    }

    /** The number to ring: none when unset, or when it would ring this very line (a loop no one answers). */
    private Optional<PhoneNumber> deskNumber(Call call) {
        return frontDeskNumber.filter(n -> !n.sameLine(call.called()));
    }

    private Step offer(CallState state, Lead lead, Call call) {
        OpeningHours now = hours(call);
        return new Step.MessageOffer(state, lead, deskCanRing(call), now.today(call.now()), now.callback(call.now()));
    }

    /** Why the desk cannot answer, said again on a repeat: the hours when closed. */
    private Lead deskLead(Call call) {
        return hours(call).isOpen(call.now()) ? Lead.NONE : Lead.of(Lead.Kind.DESK_CLOSED);
    }

    private CallState checkedOrStart(CallState given) {
        CallState state = checked(given);
        return state != null ? state : CallState.start(language(given));
    }

    /** Whether the caller is in an answer with a part still to come. */
    private boolean partsLeft(CallState state) {
        return tree.isTopic(state.node()) && state.part() < partsOf(state);
    }

    private int partsOf(CallState state) {
        return parts.count(state.language(), state.node());
    }

    /** The state with its part in range, or null when it names no menu or topic or language of this line. */
    private CallState checked(CallState state) {
        if (!languages.contains(state.language()) || !known(state.node())) {
            return null;
        }
        int part = tree.isTopic(state.node()) ? Math.min(state.part(), partsOf(state)) : 1;
        boolean asks = state.ask().equals(CallState.FRONT_DESK) || known(state.ask());
        return (asks ? state : state.asking("")).atPart(part);
    }

    /** A menu or topic of this line; the hours are one on every line. */
    private boolean known(String node) {
        return tree.isMenu(node) || tree.isTopic(node) || node.equals(PhoneTree.HOURS);
    }

    private String language(CallState state) {
        return languages.contains(state.language()) ? state.language() : defaultLanguage();
    }
}
