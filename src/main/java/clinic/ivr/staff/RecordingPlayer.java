package clinic.ivr.staff;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.RecordingAudio;
import clinic.ivr.store.RecordingCopies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.ByteRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff's player: a message's recording, served by the line itself. The first time it is played the
 * line fetches it from Twilio ({@link TwilioRecordings}) and keeps a copy ({@link RecordingCopies}); from
 * then on it plays from the copy, so seeking (HTTP Range) is answered locally and staff can listen while
 * Twilio is down.
 */
public final class RecordingPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingPlayer.class);
    static final String WHY_NO_CREDENTIALS = "No player: the line has no Twilio credentials to fetch recordings with"
            + " (set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or with TWILIO_API_KEY and TWILIO_API_SECRET).";

    private final RecordingCopies copies;
    private final TwilioRecordings twilio;
    private final Clock clock;

    public RecordingPlayer(RecordingCopies copies, TwilioRecordings twilio, Clock clock) {
        this.copies = copies;
        this.twilio = twilio;
        this.clock = clock;
    }

    /** Why a message has no player, in plain words; empty when it can be played. */
    public Optional<String> whyNoPlayer(Message message, boolean copied) {
        if (message.recordingSid() == null || message.recordingSid().isBlank()) {
            return Optional.of("No player: this message has no recording.");
        }
        return copied || twilio.configured() ? Optional.empty() : Optional.of(WHY_NO_CREDENTIALS);
    }

    /** Which of these recordings the line has a copy of (none when the store cannot say). */
    public java.util.Set<String> copied(List<String> recordingSids) {
        try {
            return copies.kept(recordingSids.stream().filter(java.util.Objects::nonNull).toList());
        } catch (RuntimeException e) {
            LOG.warn("could not look up the copies of recordings: {}", e.getMessage());
            return Collections.emptySet();
        }
    }

    /** Answers a request for the message's audio: the whole file, or the range asked for. */
    public void play(Message message, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RecordingAudio> audio = audio(message, response);
        if (audio.isEmpty()) {
            return;
        }
        byte[] bytes = audio.get().bytes();
        response.setHeader("Accept-Ranges", "bytes");
        response.setContentType(RecordingAudio.MP3);
        String range = request.getHeader("Range");
        if (range != null && range.trim().startsWith("bytes=")) {
            List<ByteRange> ranges = ByteRange.parse(List.of(range), bytes.length);
            if (ranges.isEmpty()) {
                response.setHeader("Content-Range", ByteRange.toNonSatisfiableHeaderValue(bytes.length));
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                return;
            }
            if (ranges.size() == 1) {
                ByteRange r = ranges.get(0);
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", r.toHeaderValue(bytes.length));
                response.setContentLength((int) r.getLength());
                response.getOutputStream().write(bytes, (int) r.first(), (int) r.getLength());
                return;
            }
            // several ranges at once: the whole file answers them all (RFC 9110 lets a server ignore Range)
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The copy, else the recording from Twilio (then copied); empty when the refusal is already sent. */
    private Optional<RecordingAudio> audio(Message message, HttpServletResponse response) throws IOException {
        String sid = message.recordingSid();
        try {
            Optional<RecordingAudio> copy = copies.find(sid);
            if (copy.isPresent()) {
                return copy;
            }
        } catch (RuntimeException e) {
            LOG.warn("could not read the copy of recording {}: {}", sid, e.getMessage());
        }
        if (!twilio.configured()) {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, WHY_NO_CREDENTIALS);
            return Optional.empty();
        }
        TwilioRecordings.Fetched fetched = twilio.fetch(sid);
        if (fetched instanceof TwilioRecordings.Fetched.Audio got) {
            try {
                copies.keep(sid, got.audio(), clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("could not keep a copy of recording {}: {}", sid, e.getMessage());
            }
            return Optional.of(got.audio());
        }
        if (fetched instanceof TwilioRecordings.Fetched.Unavailable why) {
            LOG.warn("recording {} could not be fetched from Twilio: {}", sid, why.why());
            refuse(response, HttpServletResponse.SC_BAD_GATEWAY, "The recording could not be fetched from Twilio: "
                    + why.why() + ". Please try again in a moment.");
        } else {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "Twilio no longer has this recording.");
        }
        return Optional.empty();
    }

    /** Why there is no sound, in plain words for a staff member who opened the link itself. */
    private static void refuse(HttpServletResponse response, int status, String why) throws IOException {
        response.setStatus(status);
        StaffPageServlet.write(response, "text/plain", why + "\n");
    }
}
