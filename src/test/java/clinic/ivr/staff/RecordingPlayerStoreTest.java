package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import clinic.ivr.TestLine;
import clinic.ivr.TwilioStub;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.Database;
import clinic.ivr.store.RecordingCopies;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * The player when the line's copies of recordings cannot be read or kept (the database is down): staff
 * still see the page and still hear the message, fetched from Twilio.
 */
class RecordingPlayerStoreTest {

    static final String SID = RecordingPlayerTest.SID;
    static final Clock CLOCK = Clock.fixed(TestLine.OPEN, ZoneOffset.UTC);

    static Message message(String recordingSid) {
        return Message.recorded(new Recording(recordingSid, "https://evil.example/steal", 25, "completed"), "CA1",
                "+12125550147", "en", "faq-start", TestLine.OPEN);
    }

    /** Copies kept in a database that is already closed. */
    static RecordingCopies brokenCopies() {
        ConnectionPool pool = ConnectionPool.open(new Database("jdbc:h2:mem:copies-" + UUID.randomUUID(), "sa", ""));
        pool.close();
        return new RecordingCopies(pool);
    }

    /** A response that keeps its status and what was written. */
    static final class Answer {
        final HttpServletResponse response = mock(HttpServletResponse.class);
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Answer() throws Exception {
            when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            });
        }

        int status() {
            ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);
            Mockito.verify(response, Mockito.atMost(1)).setStatus(status.capture());
            return status.getAllValues().isEmpty() ? 200 : status.getValue();
        }
    }

    @Test
    void whyAMessageHasNoPlayerInPlainWords() {
        RecordingPlayer without = new RecordingPlayer(brokenCopies(), new TwilioRecordings(Optional.empty(),
                Duration.ofSeconds(1)), CLOCK);
        assertThat(without.whyNoPlayer(message(SID), false)).hasValue(RecordingPlayer.WHY_NO_CREDENTIALS);
        assertThat(without.whyNoPlayer(message(SID), true)).as("the line's copy plays without Twilio").isEmpty();
        Message noRecording = new Message(1L, null, "CA1", "+12125550147", "en", null, TestLine.OPEN, null, null, null,
                null, Message.Status.NEW, null, null, null);
        assertThat(without.whyNoPlayer(noRecording, true)).hasValue("No player: this message has no recording.");
        Message blank = new Message(1L, " ", "CA1", "+12125550147", "en", null, TestLine.OPEN, null, null, null,
                null, Message.Status.NEW, null, null, null);
        assertThat(without.whyNoPlayer(blank, false)).hasValue("No player: this message has no recording.");
    }

    @Test
    void whenTheCopiesCannotBeReadOrKeptTheRecordingIsFetchedFromTwilioEachTime() throws Exception {
        try (TwilioStub twilio = new TwilioStub().recording(SID, RecordingPlayerTest.MP3)) {
            RecordingPlayer player = new RecordingPlayer(brokenCopies(), new TwilioRecordings(Optional.of(twilio.api()),
                    Duration.ofSeconds(5)), CLOCK);
            assertThat(player.copied(Arrays.asList(SID, null))).as("none known as copied").isEmpty();
            assertThat(player.whyNoPlayer(message(SID), false)).isEmpty();

            HttpServletRequest request = mock(HttpServletRequest.class);
            for (int i = 1; i <= 2; i++) {
                Answer answer = new Answer();
                player.play(message(SID), request, answer.response);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body.toByteArray()).isEqualTo(RecordingPlayerTest.MP3);
                assertThat(twilio.seen()).hasSize(i);
            }

            when(request.getHeader("Range")).thenReturn("bytes=10-19");
            Answer part = new Answer();
            player.play(message(SID), request, part.response);
            assertThat(part.status()).isEqualTo(206);
            assertThat(part.body.toByteArray()).isEqualTo(Arrays.copyOfRange(RecordingPlayerTest.MP3, 10, 20));
            Mockito.verify(part.response).setHeader("Content-Range", "bytes 10-19/" + RecordingPlayerTest.MP3.length);
            Mockito.verify(part.response).setContentLength(10);

            when(request.getHeader("Range")).thenReturn(" items=0-9");
            Answer other = new Answer();
            player.play(message(SID), request, other.response);
            assertThat(other.body.toByteArray()).as("a unit other than bytes: the whole file").isEqualTo(RecordingPlayerTest.MP3);
            Mockito.verify(other.response).setContentLength(RecordingPlayerTest.MP3.length);
        }
    }

    @Test
    void aRecordingTwilioNoLongerHasIsSaidSo() throws Exception {
        try (TwilioStub twilio = new TwilioStub()) {
            RecordingPlayer player = new RecordingPlayer(brokenCopies(), new TwilioRecordings(Optional.of(twilio.api()),
                    Duration.ofSeconds(5)), CLOCK);
            Answer answer = new Answer();
            player.play(message("RE404"), mock(HttpServletRequest.class), answer.response);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body.toString(StandardCharsets.UTF_8))
                    .isEqualTo("Twilio no longer has this recording.\n");
            Mockito.verify(answer.response).setContentType("text/plain; charset=UTF-8");
            assertThat(List.of(twilio.seen().get(0).path())).containsExactly(
                    "/2010-04-01/Accounts/" + TwilioStub.ACCOUNT + "/Recordings/RE404.mp3");
        }
    }
}
