package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A form of a staff page as a browser would post it: its fields read from the page's HTML (inputs, ticked
 * boxes, text boxes, unescaped), changed by the test, and posted back with the page's token from this
 * site's origin, logged in as staff.
 */
public final class StaffForm {

    private static final Pattern TAG = Pattern.compile("<(input|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9.:-]*)(?:=\"([^\"]*)\")?");

    private final TestLine line;
    private final Map<String, String> fields;

    private StaffForm(TestLine line, Map<String, String> fields) {
        this.line = line;
        this.fields = fields;
    }

    /** The form with this id on the page at {@code path}. */
    public static StaffForm read(TestLine line, String path, String formId) throws Exception {
        HttpResponse<String> page = StaffRequests.get(line, path, TestLine.STAFF_PASSWORD, "text/html");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return of(line, page.body(), formId);
    }

    /** The form with this id in a page already fetched. */
    public static StaffForm of(TestLine line, String html, String formId) {
        int start = html.indexOf("id=\"" + formId + "\"");
        assertThat(start).as("the page has no form " + formId).isPositive();
        String form = html.substring(html.lastIndexOf("<form", start), html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher tag = TAG.matcher(form);
        while (tag.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2) == null ? "" : unescape(a.group(2)));
            }
            String name = attributes.get("name");
            if (name == null) {
                continue;
            }
            if (tag.group(1).equalsIgnoreCase("textarea")) {
                int end = form.indexOf("</textarea>", tag.end());
                String value = form.substring(tag.end(), end);
                fields.put(name, unescape(value.startsWith("\n") ? value.substring(1) : value));
            } else if (!"checkbox".equals(attributes.get("type")) || attributes.containsKey("checked")) {
                fields.put(name, "checkbox".equals(attributes.get("type")) ? "on" : attributes.getOrDefault("value", ""));
            }
        }
        return new StaffForm(line, fields);
    }

    public String get(String name) {
        assertThat(fields).as("the form has no field " + name).containsKey(name);
        return fields.get(name);
    }

    public Map<String, String> fields() {
        return fields;
    }

    public StaffForm set(String name, String value) {
        assertThat(fields).as("the form has no field " + name).containsKey(name);
        fields.put(name, value);
        return this;
    }

    /** Ticks or clears a box. */
    public StaffForm tick(String name, boolean ticked) {
        if (ticked) {
            fields.put(name, "on");
        } else {
            fields.remove(name);
        }
        return this;
    }

    /** Posts the form with a button's action (its name "action"), from this site. */
    public HttpResponse<String> post(String path, String action) throws Exception {
        Map<String, String> body = new LinkedHashMap<>(fields);
        if (action != null) {
            body.put("action", action);
        }
        String encoded = body.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl() + path))
                .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", line.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
