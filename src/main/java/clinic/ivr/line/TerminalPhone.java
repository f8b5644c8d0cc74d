package clinic.ivr.line;

import clinic.ivr.flow.Routes;
import clinic.ivr.twiml.ParsedTwiml;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A phone call in the terminal, without Twilio. It plays Twilio's part against the real phone line
 * in this process: reads each TwiML answer verb by verb, shows (and optionally speaks) what the
 * caller would hear, and follows the Gather action, the Redirect after silence and the Dial action
 * the way Twilio does. Keys are typed (0-9, * and #; several at once are pressed one per menu),
 * other words count as speech, Enter alone is silence, and q or the end of input hangs up.
 */
public final class TerminalPhone {

    /** Twilio's test numbers: the caller, and the line's own number. */
    public static final String CALLER = "+15005550006";
    public static final String LINE = "+15005550001";
    /** Speech typed in the terminal is heard perfectly, but not quite: as Twilio would report it. */
    static final String CONFIDENCE = "0.9";
    private static final String KEYS = "[0-9*#]+";

    private final PhoneLine line;
    private final BufferedReader in;
    private final PrintStream out;
    private final Speaker speaker;
    private final boolean echo;
    private final Deque<String> keysAhead = new ArrayDeque<>();
    private String answerLanguage = "";

    /** What the call does after a verb: go on with the next verb, make a request, or end. */
    private record Turn(boolean goOn, Optional<VoiceRequest> request) {
        static final Turn GO_ON = new Turn(true, Optional.empty());
        static final Turn HANG_UP = new Turn(false, Optional.empty());

        static Turn to(VoiceRequest request) {
            return new Turn(false, Optional.of(request));
        }
    }

    /** @param echo show what was read, for input that is not typed at a terminal (a file, a test) */
    public TerminalPhone(PhoneLine line, Reader in, PrintStream out, Speaker speaker, boolean echo) {
        this.line = line;
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.out = out;
        this.speaker = speaker;
        this.echo = echo;
    }

    /**
     * Places one call and returns when either side hangs up.
     *
     * @param pressFirst keys pressed for the caller at the first menus, such as the key for another language
     */
    public void call(List<String> pressFirst) {
        keysAhead.addAll(pressFirst);
        out.println("Calling the line. Type a key (0-9, * or #) or words, then Enter. Enter alone is silence;"
                + " q hangs up.");
        Optional<VoiceRequest> next = Optional.of(new VoiceRequest(Routes.VOICE, Map.of(), form(Map.of())));
        while (next.isPresent()) {
            next = play(ParsedTwiml.parse(line.answer(next.get())));
        }
        out.println("(the call has ended)");
    }

    /** Runs an answer's verbs in order; the request Twilio would make next, if the call goes on. */
    private Optional<VoiceRequest> play(ParsedTwiml answer) {
        List<Element> gathers = answer.all("Gather");
        List<ParsedTwiml.Said> said = answer.said();
        answerLanguage = !gathers.isEmpty() ? gathers.get(0).getAttribute("language")
                : said.isEmpty() ? "" : said.get(said.size() - 1).language();
        for (Element verb : answer.verbs()) {
            Turn turn = turn(verb);
            if (!turn.goOn()) {
                return turn.request();
            }
        }
        out.println("(no more instructions: Twilio hangs up)");
        return Optional.empty();
    }

    private Turn turn(Element verb) {
        switch (verb.getTagName()) {
            case "Say" -> say(verb);
            case "Pause" -> out.println("  (pause)");
            case "Gather" -> {
                return gather(verb);
            }
            case "Redirect" -> {
                return Turn.to(request(verb.getTextContent().trim(), Map.of()));
            }
            case "Dial" -> {
                return dial(verb);
            }
            case "Record" -> {
                return record(verb);
            }
            case "Hangup" -> {
                out.println("(the line hangs up)");
                return Turn.HANG_UP;
            }
            default -> out.println("  (<" + verb.getTagName() + "> is not played in the terminal)");
        }
        return Turn.GO_ON;
    }

    private void say(Element say) {
        ParsedTwiml.Said said = ParsedTwiml.said(say);
        String tag = said.slow() ? "(slower) " : "";
        String language = said.language().equals(answerLanguage) ? "" : "[" + said.language() + "] ";
        for (String l : said.lines()) {
            out.println("  " + language + tag + l);
        }
        speaker.say(said.text(), said.language(), said.slow());
    }

    /**
     * The caller hears the Gather's words, then answers. Silence, or the finishOnKey pressed first,
     * sends nothing: Twilio goes on to the next verb.
     */
    private Turn gather(Element gather) {
        for (Element say : children(gather)) {
            if (say.getTagName().equals("Say")) {
                say(say);
            }
        }
        String typed = keysAhead.isEmpty() ? read() : echo(keysAhead.poll());
        if (typed == null) {
            return Turn.HANG_UP;
        }
        String finishOnKey = gather.hasAttribute("finishOnKey") ? gather.getAttribute("finishOnKey") : "#";
        String action = gather.getAttribute("action");
        if (typed.isEmpty() || typed.equals(finishOnKey)) {
            return Turn.GO_ON;
        }
        if (typed.matches(KEYS)) {
            for (int i = 1; i < typed.length(); i++) {
                keysAhead.add(typed.substring(i, i + 1));
            }
            return Turn.to(request(action, Map.of("Digits", typed.substring(0, 1))));
        }
        return Turn.to(request(action, Map.of("SpeechResult", typed, "Confidence", CONFIDENCE)));
    }

    /**
     * Rings the number; the person at the terminal says whether anyone answered. Someone who answers
     * first hears the whisper (the Number's url, as Twilio plays it to them) and accepts the call.
     */
    private Turn dial(Element dial) {
        Optional<Element> number = children(dial).stream().filter(e -> e.getTagName().equals("Number")).findFirst();
        String dialled = number.map(Element::getTextContent).orElse(dial.getTextContent()).trim();
        out.println("  (ringing the front desk at " + dialled + "; type \"answered\" if someone picks up, or press"
                + " Enter for no answer)");
        String typed = read();
        if (typed == null) {
            return Turn.HANG_UP;
        }
        boolean answered = typed.toLowerCase(java.util.Locale.ROOT).startsWith("a") || typed.equalsIgnoreCase("yes");
        if (answered) {
            number.filter(n -> n.hasAttribute("url")).ifPresent(n -> whisper(n.getAttribute("url")));
            out.println("  (the front desk talks with the caller, then hangs up)");
        } else {
            out.println("  (no one answers)");
        }
        if (!dial.hasAttribute("action")) {
            return Turn.GO_ON;
        }
        return Turn.to(request(dial.getAttribute("action"), answered
                ? Map.of("DialCallStatus", "completed", "DialBridged", "true")
                : Map.of("DialCallStatus", "no-answer")));
    }

    /** What the staff member who picks up hears before accepting with a key. */
    private void whisper(String url) {
        ParsedTwiml whisper = ParsedTwiml.parse(line.answer(request(url, Map.of())));
        for (ParsedTwiml.Said said : whisper.said()) {
            said.lines().forEach(l -> out.println("  (the front desk hears) " + l));
        }
        out.println("  (the front desk presses a key to accept)");
    }

    /**
     * A message after the beep: typed words stand for what the caller says. Nothing recorded, Twilio
     * skips the action and goes on to the next verb.
     */
    private Turn record(Element record) {
        out.println("  (beep: recording. Type what the caller says, then Enter; Enter alone records nothing)");
        String typed = read();
        if (typed == null) {
            return Turn.HANG_UP;
        }
        if (typed.isEmpty() || !record.hasAttribute("action")) {
            return Turn.GO_ON;
        }
        int seconds = Math.max(2, typed.split("\\s+").length * 60 / 150);
        out.println("  (recorded " + seconds + " seconds; in this terminal call the message is not kept)");
        return Turn.to(request(record.getAttribute("action"), Map.of("RecordingSid", "REterminal000000000000000000000000",
                "RecordingUrl", "https://api.twilio.com/terminal-call", "RecordingDuration", String.valueOf(seconds))));
    }

    /** A line typed by the caller, trimmed; null when they hang up. */
    private String read() {
        out.print("> ");
        out.flush();
        try {
            String typed = in.readLine();
            if (echo) {
                out.println(typed == null ? "(end of input)" : typed.strip());
            }
            out.println();
            if (typed == null) {
                return null;
            }
            typed = typed.strip();
            return typed.equalsIgnoreCase("q") ? null : typed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String echo(String key) {
        out.println("> " + key);
        out.println();
        return key;
    }

    /** Twilio posts the call's parameters with every request, and the input of this one. */
    private VoiceRequest request(String url, Map<String, String> input) {
        URI uri = URI.create(url);
        return new VoiceRequest(uri.getPath(), VoiceRequest.query(uri.getRawQuery()), form(input));
    }

    private static Map<String, String> form(Map<String, String> input) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", "CAterminal0000000000000000000000");
        form.put("From", CALLER);
        form.put("To", LINE);
        form.put("CallStatus", "in-progress");
        form.put("Direction", "inbound");
        form.putAll(input);
        return form;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }
}
