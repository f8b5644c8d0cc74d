package clinic.ivr;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A TwiML answer parsed, with what a caller would hear and what each key leads to. */
public final class Twiml {

    private final Document doc;
    private final String xml;

    private Twiml(String xml, Document doc) {
        this.xml = xml;
        this.doc = doc;
    }

    public static Twiml parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Twiml(xml, factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed TwiML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    public String xml() {
        return xml;
    }

    public Element root() {
        return doc.getDocumentElement();
    }

    /** Every word the caller hears, in order, in one string. */
    public String spoken() {
        List<String> words = new ArrayList<>();
        for (Element say : all("Say")) {
            words.add(text(say).strip());
        }
        return String.join(" ", words).replaceAll("\\s+", " ");
    }

    /** The words of a Say, with a space where a pause (SSML break) separates sentences. */
    private static String text(org.w3c.dom.Node node) {
        StringBuilder s = new StringBuilder();
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            org.w3c.dom.Node child = children.item(i);
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                s.append(child.getNodeValue());
            } else if ("break".equals(child.getNodeName())) {
                s.append(' ');
            } else {
                s.append(text(child));
            }
        }
        return s.toString();
    }

    public List<Element> all(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    public Element gather() {
        List<Element> gathers = all("Gather");
        if (gathers.size() != 1) {
            throw new AssertionError("expected one <Gather>, found " + gathers.size() + ":\n" + xml);
        }
        return gathers.get(0);
    }

    public boolean has(String tag) {
        return !all(tag).isEmpty();
    }

    /** The Gather's action: where a key press goes. */
    public String action() {
        return gather().getAttribute("action");
    }

    public String redirect() {
        return all("Redirect").get(0).getTextContent().trim();
    }

    public String dialled() {
        return all("Dial").get(0).getTextContent().trim();
    }
}
