package clinic.ivr.twiml;

import clinic.ivr.prompts.Speech;
import clinic.ivr.prompts.Wording;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Checks a TwiML answer the way Twilio reads it: well-formed XML, a {@code <Response>} root, known
 * verbs and attributes, only Say, Play and Pause inside a Gather, SSML that neural Polly voices
 * accept, Say text within Polly's limit, and every action pointing at a route the line serves.
 */
public final class TwimlChecker {

    /** Polly's limit on the text of one Say. */
    public static final int MAX_SAY_CHARACTERS = Speech.MAX_CHARACTERS;

    private static final Map<String, Set<String>> VERBS = Map.of(
            "Say", Set.of("voice", "language", "loop"),
            "Play", Set.of("loop", "digits"),
            "Pause", Set.of("length"),
            "Gather", Set.of("input", "numDigits", "timeout", "speechTimeout", "language", "hints", "action", "method",
                    "actionOnEmptyResult", "finishOnKey", "speechModel", "profanityFilter", "partialResultCallback",
                    "enhanced"),
            "Redirect", Set.of("method"),
            "Dial", Set.of("action", "method", "timeout", "callerId", "answerOnBridge", "record", "hangupOnStar",
                    "timeLimit", "ringTone", "recordingStatusCallback", "recordingStatusCallbackEvent"),
            "Hangup", Set.of(),
            "Record", Set.of("action", "method", "timeout", "finishOnKey", "maxLength", "playBeep", "trim",
                    "transcribe", "transcribeCallback", "recordingStatusCallback", "recordingStatusCallbackEvent",
                    "recordingStatusCallbackMethod"),
            "Reject", Set.of("reason"));
    /** Attributes that send Twilio to one of our routes. */
    private static final List<String> URL_ATTRIBUTES = List.of("action", "recordingStatusCallback", "transcribeCallback");
    private static final Set<String> IN_GATHER = Set.of("Say", "Play", "Pause");
    private static final Map<String, Set<String>> IN_DIAL = Map.of(
            "Number", Set.of("url", "method", "sendDigits", "statusCallback", "statusCallbackEvent"),
            "Client", Set.of(), "Sip", Set.of(), "Queue", Set.of("url"));
    /** SSML that neural Polly voices read; no emphasis, no pitch. */
    private static final Map<String, Set<String>> SSML = Map.of(
            "break", Set.of("time", "strength"),
            "prosody", Set.of("rate", "volume"),
            "say-as", Set.of("interpret-as", "format"),
            "lang", Set.of("xml:lang"),
            "p", Set.of(), "s", Set.of(), "sub", Set.of("alias"), "w", Set.of("role"),
            "phoneme", Set.of("alphabet", "ph"));

    private final Set<String> routes;

    /** @param routes the paths the line answers, such as /voice/menu */
    public TwimlChecker(Collection<String> routes) {
        this.routes = Set.copyOf(routes);
    }

    /** What is wrong with this answer; empty when Twilio would play it as meant. */
    public List<String> check(String twiml) {
        return read(twiml).problems();
    }

    /**
     * An answer checked, and read back once for what else is checked in it.
     *
     * @param problems what is wrong; empty when Twilio would play it as meant
     * @param answer   the answer read back; empty when it is not well-formed XML
     */
    public record Checked(List<String> problems, Optional<ParsedTwiml> answer) {}

    /** Checks an answer and keeps it read back. */
    public Checked read(String twiml) {
        List<String> problems = new ArrayList<>();
        if (!twiml.startsWith("<?xml")) {
            problems.add("the answer must start with <?xml, with nothing before it");
        }
        HintsChecked known = lastHints;
        int hintsAt = onlyHints(twiml);
        boolean readBefore = hintsAt > 0 && !known.written().isEmpty() && twiml.startsWith(known.written(), hintsAt)
                && twiml.startsWith("\"", hintsAt + known.written().length());
        ParsedTwiml answer;
        try {
            answer = (readBefore ? withHintsReadBefore(twiml, hintsAt, known) : Optional.<ParsedTwiml>empty())
                    .orElseGet(() -> ParsedTwiml.parse(twiml));
        } catch (IllegalArgumentException e) {
            problems.add("not well-formed XML: " + e.getCause().getMessage());
            return new Checked(problems, Optional.empty());
        }
        Element root = answer.root();
        if (!root.getTagName().equals("Response")) {
            problems.add("the root element is <" + root.getTagName() + ">, not <Response>");
            return new Checked(problems, Optional.of(answer));
        }
        List<Element> verbs = ParsedTwiml.children(root);
        if (hintsAt > 0 && !readBefore) {
            List<Element> listening = verbs.stream().filter(verb -> verb.hasAttribute("hints")).toList();
            if (listening.size() == 1) {
                String hints = listening.get(0).getAttribute("hints");
                lastHints = new HintsChecked(twiml.substring(hintsAt, twiml.indexOf('"', hintsAt)), hints,
                        hintProblems(hints));
            }
        }
        for (int i = 0; i < verbs.size(); i++) {
            Element verb = verbs.get(i);
            checkVerb(verb, problems);
            if (verb.getTagName().equals("Gather") && i == verbs.size() - 1) {
                problems.add("a <Gather> with nothing after it hangs up on a silent caller; add a <Redirect>");
            }
        }
        return new Checked(problems, Optional.of(answer));
    }

    private void checkVerb(Element verb, List<String> problems) {
        String name = verb.getTagName();
        Set<String> attributes = VERBS.get(name);
        if (attributes == null) {
            problems.add("<" + name + "> is not a TwiML verb this line uses");
            return;
        }
        checkAttributes(verb, attributes, problems);
        switch (name) {
            case "Say" -> checkSay(verb, problems);
            case "Gather" -> {
                checkSpeech(verb, problems);
                ParsedTwiml.children(verb).forEach(child -> {
                    if (!IN_GATHER.contains(child.getTagName())) {
                        problems.add("<" + child.getTagName() + "> inside <Gather>: only Say, Play and Pause may be there");
                    } else {
                        checkVerb(child, problems);
                    }
                });
            }
            case "Dial" -> ParsedTwiml.children(verb).forEach(child -> {
                Set<String> allowed = IN_DIAL.get(child.getTagName());
                if (allowed == null) {
                    problems.add("<" + child.getTagName() + "> inside <Dial> is not a noun Dial takes");
                } else {
                    checkAttributes(child, allowed, problems);
                    if (child.hasAttribute("url")) {
                        checkRoute("<" + child.getTagName() + "> url", child.getAttribute("url"), problems);
                    }
                }
            });
            case "Redirect" -> checkRoute("Redirect", verb.getTextContent().trim(), problems);
            default -> {
                if (!ParsedTwiml.children(verb).isEmpty()) {
                    problems.add("<" + name + "> cannot contain other elements");
                }
            }
        }
        for (String url : URL_ATTRIBUTES) {
            if (verb.hasAttribute(url)) {
                checkRoute(name + " " + url, verb.getAttribute(url), problems);
            }
        }
    }

    /**
     * A Gather that listens for speech says which language to expect, keeps its hints within Twilio's
     * limits, and never pairs a speech model with speechTimeout="auto" (Twilio refuses the pair).
     */
    private void checkSpeech(Element gather, List<String> problems) {
        if (!gather.getAttribute("input").contains("speech")) {
            return;
        }
        if (gather.getAttribute("language").isBlank()) {
            problems.add("a <Gather> that listens for speech has no language");
        }
        if (gather.hasAttribute("speechModel") && "auto".equals(gather.getAttribute("speechTimeout"))) {
            problems.add("a <Gather> with a speechModel cannot have speechTimeout=\"auto\"; give it seconds");
        }
        problems.addAll(hintProblems(gather.getAttribute("hints")));
    }

    /**
     * The hints of a language are the same in every answer that listens, and most of its text (8 of 10 KB):
     * the last ones are remembered as written, as read, and with what is wrong with them. An answer that
     * carries them exactly as written last is read with a short stand-in in their place, then given them
     * back, so a rehearsal of hundreds of answers does not read the same 8 KB in each.
     */
    private record HintsChecked(String written, String hints, List<String> problems) {}

    private static final String HINTS = " hints=\"";
    private static final String STAND_IN = "read before";

    private volatile HintsChecked lastHints = new HintsChecked("", "", List.of());

    /** Where the hints start in the answer, when it has them once (their attribute is closed); else -1. */
    private static int onlyHints(String twiml) {
        int at = twiml.indexOf(HINTS);
        int end = at < 0 ? -1 : twiml.indexOf('"', at + HINTS.length());
        return end < 0 || twiml.indexOf(HINTS, end) >= 0 ? -1 : at + HINTS.length();
    }

    /**
     * The answer read with a stand-in for the hints and then given them back; empty unless the stand-in
     * landed where they were written last, in the attribute of a verb (not in words said, say).
     */
    private static Optional<ParsedTwiml> withHintsReadBefore(String twiml, int hintsAt, HintsChecked known) {
        ParsedTwiml answer;
        try {
            answer = ParsedTwiml.parse(twiml.substring(0, hintsAt) + STAND_IN
                    + twiml.substring(hintsAt + known.written().length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<Element> standIns = ParsedTwiml.children(answer.root()).stream()
                .filter(verb -> STAND_IN.equals(verb.getAttribute("hints"))).toList();
        if (standIns.size() != 1) {
            return Optional.empty();
        }
        standIns.get(0).setAttribute("hints", known.hints());
        return Optional.of(answer);
    }

    private List<String> hintProblems(String hints) {
        HintsChecked last = lastHints;
        if (last.hints().equals(hints)) {
            return last.problems();
        }
        List<String> problems = new ArrayList<>();
        if (!hints.isBlank()) {
            String[] each = hints.split(",");
            if (each.length > Wording.MAX_HINTS) {
                problems.add("a <Gather> has " + each.length + " hints; Twilio takes at most " + Wording.MAX_HINTS);
            }
            for (String hint : each) {
                if (hint.strip().length() > Wording.MAX_HINT_CHARACTERS) {
                    problems.add("the hint \"" + excerpt(hint.strip()) + "\" is longer than " + Wording.MAX_HINT_CHARACTERS
                            + " characters");
                }
            }
        }
        return List.copyOf(problems);
    }

    private void checkSay(Element say, List<String> problems) {
        if (!say.hasAttribute("voice") || !say.hasAttribute("language")) {
            problems.add("<Say> without a voice and a language: " + excerpt(say.getTextContent()));
        }
        int length = say.getTextContent().length();
        if (length > MAX_SAY_CHARACTERS) {
            problems.add("<Say> has " + length + " characters; Polly reads at most " + MAX_SAY_CHARACTERS
                    + ": split it into parts. It starts: " + excerpt(say.getTextContent()));
        }
        checkSsml(say, problems);
    }

    private void checkSsml(Element parent, List<String> problems) {
        for (Element tag : ParsedTwiml.children(parent)) {
            Set<String> allowed = SSML.get(tag.getTagName());
            if (allowed == null) {
                problems.add("<" + tag.getTagName() + "> inside <Say> is not SSML that neural voices read");
                continue;
            }
            checkAttributes(tag, allowed, problems);
            checkSsml(tag, problems);
        }
    }

    private void checkRoute(String where, String url, List<String> problems) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            problems.add(where + " \"" + url + "\" is not a valid URL");
            return;
        }
        if (path == null || !routes.contains(path)) {
            problems.add(where + " points to " + path + ", which the line does not serve");
        }
    }

    private static void checkAttributes(Element element, Set<String> allowed, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.item(i).getNodeName();
            if (!allowed.contains(attribute)) {
                problems.add("<" + element.getTagName() + "> has an unknown attribute " + attribute);
            }
        }
    }


    private static String excerpt(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return "\"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "\"";
    }
}
