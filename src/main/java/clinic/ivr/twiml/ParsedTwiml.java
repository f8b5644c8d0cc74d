package clinic.ivr.twiml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A TwiML answer read back: its verbs in order and what each Say makes the caller hear, with SSML
 * turned into plain lines (a pause starts a new line). For checks, scripts and the terminal phone.
 */
public final class ParsedTwiml {

    /**
     * What one Say makes the caller hear.
     *
     * @param language the Say's language, such as es-US
     * @param slow     said at the slower pace
     * @param lines    the words, a new line after each pause
     */
    public record Said(String language, boolean slow, List<String> lines) {

        public String text() {
            return String.join(" ", lines);
        }
    }

    private final Element root;

    private ParsedTwiml(Element root) {
        this.root = root;
    }

    /** @throws IllegalArgumentException when the answer is not well-formed XML */
    public static ParsedTwiml parse(String twiml) {
        try {
            // read as the characters it is: no round trip through UTF-8 bytes
            return new ParsedTwiml(parser().parse(new InputSource(new StringReader(twiml))).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed TwiML: " + e.getMessage(), e);
        }
    }

    /**
     * One parser per thread, reset between answers: finding and configuring a parser factory costs
     * more than parsing an answer, and a rehearsal reads hundreds of them at every check.
     */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (Exception e) {
            throw new IllegalStateException("no XML parser", e);
        }
    });

    private static DocumentBuilder parser() {
        DocumentBuilder builder = PARSER.get();
        builder.reset();
        builder.setErrorHandler(null);
        return builder;
    }

    /** The {@code <Response>}, or whatever the root element is, for the checker. */
    Element root() {
        return root;
    }

    /** The verbs of the {@code <Response>}, in the order Twilio runs them. */
    public List<Element> verbs() {
        return children(root);
    }

    /** Every Say, inside a Gather or not, in order. */
    public List<Said> said() {
        List<Said> said = new ArrayList<>();
        NodeList says = root.getElementsByTagName("Say");
        for (int i = 0; i < says.getLength(); i++) {
            said.add(said((Element) says.item(i)));
        }
        return said;
    }

    /** Every word the caller hears, in one line. */
    public String spokenText() {
        return String.join(" ", said().stream().map(Said::text).toList());
    }

    public List<Element> all(String tag) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    public static Said said(Element say) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean[] slow = {false};
        read(say, line, lines, slow);
        end(line, lines);
        return new Said(say.getAttribute("language"), slow[0], lines);
    }

    private static void read(Node node, StringBuilder line, List<String> lines, boolean[] slow) {
        NodeList nodes = node.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                line.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                switch (e.getTagName()) {
                    case "break" -> end(line, lines);
                    case "sub" -> line.append(e.hasAttribute("alias") ? e.getAttribute("alias") : e.getTextContent());
                    case "prosody" -> {
                        slow[0] |= e.getAttribute("rate").matches("x-slow|slow|[0-9]{1,2}%");
                        read(e, line, lines, slow);
                    }
                    default -> read(e, line, lines, slow);
                }
            }
        }
    }

    private static void end(StringBuilder line, List<String> lines) {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
