package clinic.ivr.staff;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.PhoneNumber;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The staff's list of callers' messages, newest first: an accessible HTML page (large text, a
 * heading per message, works with the keyboard alone and a screen reader) or JSON.
 */
public final class MessagesPage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HtmlPages pages;
    private final Supplier<String> clinicName;

    /** @param clinicName the clinic's name as the prompts in use give it (they may change while it runs) */
    public MessagesPage(HtmlPages pages, Supplier<String> clinicName) {
        this.pages = pages;
        this.clinicName = clinicName;
    }

    /**
     * @param token  the form token for this page
     * @param notice what was just done, said first (and to screen readers), if anything
     * @param zone   the clinic's time zone, which staff read times in
     */
    public String html(List<Message> messages, String token, Optional<String> notice, ZoneId zone) {
        List<Map<String, Object>> rows = new ArrayList<>();
        long fresh = 0;
        for (Message m : messages) {
            if (m.status() != Message.Status.CALLED_BACK) {
                fresh++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", String.valueOf(m.id()));
            row.put("caller", m.caller() == null ? "an unknown number" : m.caller());
            row.put("tel", PhoneNumber.of(m.caller()).isDialable() ? m.caller() : "");
            row.put("received", m.receivedAt() == null ? "" : WHEN.format(m.receivedAt().atZone(zone)));
            row.put("receivedIso", m.receivedAt() == null ? "" : m.receivedAt().toString());
            row.put("seconds", m.seconds() == null ? "" : String.valueOf(m.seconds()));
            row.put("language", language(m.language()));
            row.put("topic", m.topic() == null ? "" : m.topic().replace('-', ' '));
            row.put("transcription", m.transcription() == null ? "" : m.transcription());
            row.put("transcriptionNote", transcriptionNote(m));
            row.put("audio", audio(m.recordingUrl()));
            row.put("calledBack", m.status() == Message.Status.CALLED_BACK);
            row.put("calledBackAt", m.calledBackAt() == null ? "" : WHEN.format(m.calledBackAt().atZone(zone)));
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("clinic", clinicName.get());
        model.put("messages", rows);
        model.put("fresh", String.valueOf(fresh));
        model.put("calledBack", String.valueOf(messages.size() - fresh));
        model.put("token", token);
        model.put("notice", notice.orElse(""));
        model.put("zone", zone.getId().replace('_', ' '));
        return pages.page("messages.ftlh", HtmlPages.Page.MESSAGES, model);
    }

    public String json(List<Message> messages) {
        try {
            return JSON.writeValueAsString(Map.of("messages", messages));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String json(Message message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String language(String code) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.US);
    }

    private static String transcriptionNote(Message m) {
        if (m.transcription() != null) {
            return "";
        }
        if ("failed".equals(m.transcriptionStatus())) {
            return "Twilio could not transcribe this message: please listen to it.";
        }
        if (m.language() != null && !m.language().equals("en")) {
            return "Not transcribed: only English messages are. Please listen to it.";
        }
        return "Not transcribed yet: the words usually arrive within a few minutes.";
    }

    /** Twilio's recordings play as MP3 with the extension; only web links are shown. */
    private static String audio(String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return "";
        }
        return url.matches(".*\\.(mp3|wav)$") ? url : url + ".mp3";
    }
}
