package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import clinic.ivr.flow.Routes;
import clinic.ivr.twiml.TwimlChecker;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What every answer to a caller must be, whatever was thrown at the line. */
public final class OnTheLine {

    private static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);

    /** Words that would show the world how the server is built. */
    private static final Pattern INTERNALS = Pattern.compile(
            "exception|jetty|java\\.|jakarta\\.|clinic\\.ivr|\\.java|caused by|\\bat [a-z]+\\.[a-z]|/work/|/home/|/tmp/|stack ?trace",
            Pattern.CASE_INSENSITIVE);

    private OnTheLine() {}

    /**
     * Valid TwiML that keeps the caller on the line: a Gather followed by a Redirect, a Dial to a
     * person, or anything else that ends in a Redirect (such as recording a message). A call may end
     * with a goodbye only when {@code endAllowed} (the flow is over).
     */
    public static Twiml keepsCaller(String xml, boolean endAllowed) {
        List<String> problems = CHECKER.check(xml);
        assertThat(problems).as(() -> "TwiML Twilio would not play as meant: " + problems + "\n" + xml).isEmpty();
        Twiml twiml = Twiml.parse(xml);
        List<Element> verbs = verbs(twiml.root());
        boolean gathers = twiml.has("Gather");
        if (gathers) {
            assertThat(verbs.get(verbs.size() - 1).getTagName()).as(() -> "a Gather must be followed by a Redirect so silence never hangs up:\n" + xml).isEqualTo("Redirect");
        } else if (!twiml.has("Dial") && !verbs.get(verbs.size() - 1).getTagName().equals("Redirect") && !endAllowed) {
            fail("the call ends here, but the caller never asked to leave:\n" + xml);
        }
        return twiml;
    }

    /** No stack trace, class or package name, file path or server name in anything sent back. */
    public static void revealsNothing(String body) {
        assertThat(INTERNALS.matcher(body).find()).as(() -> "the answer reveals internals:\n" + body).isFalse();
    }

    public static void revealsNothing(RawHttp.Reply reply) {
        revealsNothing(reply.text());
        reply.headers().forEach((name, value) -> {
            assertThat(name.equals("server") || name.equals("x-powered-by")).as(() -> "the answer names the server: " + name + ": " + value).isFalse();
            revealsNothing(value.toLowerCase(Locale.ROOT));
        });
    }

    private static List<Element> verbs(Element root) {
        List<Element> verbs = new java.util.ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                verbs.add((Element) n);
            }
        }
        return verbs;
    }
}
