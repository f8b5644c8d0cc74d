package clinic.ivr.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A caller's message as Twilio's callbacks tell it, kept whole enough for staff and never refused by the store. */
class MessageTest {

    static final Instant AT = Instant.parse("2026-03-04T15:00:00Z");

    @Test
    void whatTheRecordActionKnowsIsKeptAndBlanksAreUnknown() {
        Recording recording = new Recording("RE1", "https://api.twilio.com/rec/RE1", 14, "completed");
        Message m = Message.recorded(recording, " CA1 ", "+12125550147", "es", " ", AT);
        assertThat(m.recordingSid()).isEqualTo("RE1");
        assertThat(m.callSid()).isEqualTo("CA1");
        assertThat(m.caller()).isEqualTo("+12125550147");
        assertThat(m.language()).isEqualTo("es");
        assertThat(m.topic()).as("a blank topic is not known").isNull();
        assertThat(m.recordingUrl()).isEqualTo("https://api.twilio.com/rec/RE1");
        assertThat(m.seconds()).isEqualTo(14);
        assertThat(m.receivedAt()).isEqualTo(AT);
        assertThat(m.transcription()).isNull();
        assertThat(m.status()).isNull();
    }

    @Test
    void whatTheTranscriptionCallbackKnowsIsKept() {
        Message m = Message.transcribed("RE1", "", null, "https://api.twilio.com/rec/RE1", " Please call me back. ",
                "completed", AT);
        assertThat(m.callSid()).isNull();
        assertThat(m.caller()).isNull();
        assertThat(m.language()).isNull();
        assertThat(m.recordingUrl()).isEqualTo("https://api.twilio.com/rec/RE1");
        assertThat(m.transcription()).isEqualTo("Please call me back.");
        assertThat(m.transcriptionStatus()).isEqualTo("completed");
        assertThat(m.seconds()).isNull();
    }

    @Test
    void everyTextIsCutToWhatTheStoreHolds() {
        String wide = "x".repeat(300);
        Message m = new Message(null, wide, wide, wide, wide, wide, AT, "u".repeat(1200), 3, "t".repeat(10_500), wide,
                Message.Status.NEW, null, "n".repeat(100), "o".repeat(2_100));
        assertThat(m.recordingSid()).hasSize(Message.FIELD_CHARS);
        assertThat(m.callSid()).hasSize(Message.FIELD_CHARS);
        assertThat(m.caller()).hasSize(Message.FIELD_CHARS);
        assertThat(m.language()).hasSize(Message.FIELD_CHARS);
        assertThat(m.topic()).hasSize(Message.FIELD_CHARS);
        assertThat(m.recordingUrl()).hasSize(Message.URL_CHARS);
        assertThat(m.transcription()).hasSize(Message.TRANSCRIPTION_CHARS);
        assertThat(m.transcriptionStatus()).hasSize(Message.FIELD_CHARS);
        assertThat(m.calledBackBy()).hasSize(Message.NAME_CHARS);
        assertThat(m.notes()).hasSize(Message.NOTES_CHARS);
    }

    @Test
    void cuttingKeepsWholeCharactersAndDropsWhatTheStoreRefuses() {
        assertThat(Message.cut("abc", 3)).isEqualTo("abc");
        assertThat(Message.cut("abcd", 3)).isEqualTo("abc");
        assertThat(Message.cut(null, 3)).isNull();
        assertThat(Message.cut("ab\u0000cd", 10)).isEqualTo("abcd");
        assertThat(Message.cut("ab\u0000cd", 3)).isEqualTo("abc");
        String emoji = "ab\uD83D\uDE00"; // a face: two chars, one character
        assertThat(Message.cut(emoji, 3)).as("never half a character").isEqualTo("ab");
        assertThat(Message.cut(emoji, 4)).isEqualTo(emoji);
    }

    @Test
    void aStatusIsReadFromItsCodeAndAnythingElseIsNew() {
        assertThat(Message.Status.of("called-back")).isEqualTo(Message.Status.CALLED_BACK);
        assertThat(Message.Status.of("new")).isEqualTo(Message.Status.NEW);
        assertThat(Message.Status.of("bogus")).isEqualTo(Message.Status.NEW);
        assertThat(Message.Status.of(null)).isEqualTo(Message.Status.NEW);
        assertThat(Message.Status.CALLED_BACK.code()).isEqualTo("called-back");
    }

    @Test
    void aRecordingIsAMessageOnlyWhenSomethingWasSaid() {
        assertThat(new Recording("RE1", "https://api.twilio.com/r", 2, "").isMessage()).isTrue();
        assertThat(new Recording("RE1", "http://api.twilio.com/r", 5, "completed").isMessage()).isTrue();
        assertThat(new Recording("RE1", "https://api.twilio.com/r", 1, "").isMessage()).as("a breath").isFalse();
        assertThat(new Recording("", "https://api.twilio.com/r", 5, "").isMessage()).as("no sid").isFalse();
        assertThat(new Recording("RE1", "", 5, "").isMessage()).as("no url").isFalse();
        assertThat(new Recording("RE1", "ftp://x/r", 5, "").isMessage()).isFalse();
        assertThat(new Recording("RE1", "https://api.twilio.com/r", 5, "absent").isMessage()).isFalse();
    }

    @Test
    void aRecordingIsReadFromTwiliosFormWhateverItSends() {
        assertThat(Recording.fromForm(Map.of("RecordingSid", " RE1 ", "RecordingUrl", " https://a/r ",
                "RecordingDuration", " 12 ", "RecordingStatus", "completed ")))
                .isEqualTo(new Recording("RE1", "https://a/r", 12, "completed"));
        assertThat(Recording.fromForm(Map.of())).isEqualTo(new Recording("", "", 0, ""));
        assertThat(Recording.fromForm(Map.of("RecordingDuration", "ten")).seconds()).isZero();
        assertThat(Recording.fromForm(Map.of("RecordingDuration", "-4")).seconds()).isZero();
        assertThat(Recording.fromForm(Map.of("RecordingDuration", " ")).seconds()).isZero();
    }
}
