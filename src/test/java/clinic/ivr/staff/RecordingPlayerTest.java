package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioStub;
import clinic.ivr.config.TwilioApi;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.line.Office;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The staff's player: the line fetches a message's recording from Twilio's REST API by its RecordingSid,
 * with the account's credentials, and serves it itself, seeking included (HTTP Range). A local stub
 * stands in for Twilio and checks the path and the credentials it gets.
 */
public class RecordingPlayerTest {

    public static final String SID = "RE0123456789abcdef0123456789abcdef";
    public static final byte[] MP3 = mp3(48_000);

    static byte[] mp3(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFB; // an MPEG audio frame starts so
        return bytes;
    }

    /** A message whose RecordingUrl points somewhere else entirely: the line must never follow it. */
    public static Office withRecording() {
        Office office = TestLine.office(TestLine.OPEN);
        office.messages().record(Message.recorded(new Recording(SID, "https://evil.example/steal", 25, "completed"),
                "CA1", "+12125550147", "en", "faq-start", TestLine.OPEN));
        return office;
    }

    static HttpResponse<byte[]> audio(TestLine line, long id, Map<String, String> headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(line.baseUrl() + "/staff/messages/" + id + "/audio"))
                .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD));
        headers.forEach(r::header);
        return StaffRequests.HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static long id(Office office) {
        return office.messages().list().get(0).id();
    }

    @Test
    void thePagePlaysTheRecordingTheLineFetchesFromTwilioWithTheAccountsCredentials() throws Exception {
        Office office = withRecording();
        try (TwilioStub twilio = new TwilioStub().recording(SID, MP3);
             TestLine line = TestLine.with().office(office).twilio(twilio.api()).start()) {
            String page = StaffRequests.get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body();
            String src = "/staff/messages/" + id(office) + "/audio";
            assertThat(page).contains("<audio controls preload=\"none\" src=\"" + src + "\"")
                    .doesNotContain("evil.example").doesNotContain("No player");

            HttpResponse<byte[]> whole = audio(line, id(office), Map.of());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
            assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(whole.body()).isEqualTo(MP3);
            assertThat(twilio.seen()).containsExactly(new TwilioStub.Seen(
                    "/2010-04-01/Accounts/" + TwilioStub.ACCOUNT + "/Recordings/" + SID + ".mp3",
                    StaffRequests.basic(TwilioStub.ACCOUNT, TwilioStub.TOKEN), null));
            assertThat(StaffRequests.get(line, src, null, null).statusCode()).as("behind the staff password").isEqualTo(401);
        }
    }

    @Test
    void staffCanSeekRangesAreAnsweredAsHttpSays() throws Exception {
        Office office = withRecording();
        try (TwilioStub twilio = new TwilioStub().recording(SID, MP3);
             TestLine line = TestLine.with().office(office).twilio(twilio.api()).start()) {
            long id = id(office);
            HttpResponse<byte[]> middle = audio(line, id, Map.of("Range", "bytes=1000-1999"));
            assertThat(middle.statusCode()).isEqualTo(206);
            assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + MP3.length);
            assertThat(middle.headers().firstValue("Content-Length")).hasValue("1000");
            assertThat(middle.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
            assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(MP3, 1000, 2000));

            HttpResponse<byte[]> rest = audio(line, id, Map.of("Range", "bytes=47000-"));
            assertThat(rest.statusCode()).isEqualTo(206);
            assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(MP3, 47_000, MP3.length));

            HttpResponse<byte[]> last = audio(line, id, Map.of("Range", "bytes=-10"));
            assertThat(last.headers().firstValue("Content-Range")).hasValue("bytes " + (MP3.length - 10) + "-"
                    + (MP3.length - 1) + "/" + MP3.length);
            assertThat(last.body()).isEqualTo(Arrays.copyOfRange(MP3, MP3.length - 10, MP3.length));

            HttpResponse<byte[]> beyond = audio(line, id, Map.of("Range", "bytes=90000-"));
            assertThat(beyond.statusCode()).isEqualTo(416);
            assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + MP3.length);

            assertThat(audio(line, id, Map.of("Range", "bytes=0-9,20-29")).body()).as("several ranges: the whole file")
                    .isEqualTo(MP3);
            assertThat(audio(line, id, Map.of("Range", "lines=1-2")).statusCode()).as("a unit it does not know: ignored")
                    .isEqualTo(200);
            assertThat(twilio.seen()).as("fetched once, then played from the line's copy").hasSize(1);
        }
    }

    @Test
    void onceCopiedTheRecordingPlaysWhileTwilioIsDown() throws Exception {
        Office office = withRecording();
        try (TwilioStub twilio = new TwilioStub().recording(SID, MP3);
             TestLine line = TestLine.with().office(office).twilio(twilio.api()).start()) {
            assertThat(audio(line, id(office), Map.of()).body()).isEqualTo(MP3);
            twilio.failWith(503);
            assertThat(audio(line, id(office), Map.of("Range", "bytes=0-99")).body()).isEqualTo(Arrays.copyOf(MP3, 100));
        }
    }

    @Test
    void whenTwilioCannotGiveItStaffAreToldWhyInPlainWords() throws Exception {
        Office office = withRecording();
        try (TwilioStub twilio = new TwilioStub();
             TestLine line = TestLine.with().office(office).twilio(twilio.api()).start()) {
            HttpResponse<byte[]> gone = audio(line, id(office), Map.of());
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(new String(gone.body(), StandardCharsets.UTF_8)).contains("Twilio no longer has this recording");

            twilio.failWith(500);
            HttpResponse<byte[]> down = audio(line, id(office), Map.of());
            assertThat(down.statusCode()).isEqualTo(502);
            assertThat(new String(down.body(), StandardCharsets.UTF_8)).contains("could not be fetched from Twilio")
                    .contains("try again");
        }
        try (TwilioStub twilio = new TwilioStub(TwilioStub.ACCOUNT, "another-token").recording(SID, MP3);
             TestLine line = TestLine.with().office(office).twilio(new TwilioApi(URI.create(twilio.base()),
                     TwilioStub.ACCOUNT, TwilioStub.ACCOUNT, "a-wrong-token")).start()) {
            HttpResponse<byte[]> refused = audio(line, id(office), Map.of());
            assertThat(refused.statusCode()).isEqualTo(502);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("refused the line's credentials");
        }
    }

    @Test
    void anApiKeyWorksInsteadOfTheAuthTokenAndCredentialsNeverGoWhereTwilioRedirects() throws Exception {
        Office office = withRecording();
        String key = "SK0123456789abcdef0123456789abcdef";
        try (TwilioStub media = new TwilioStub().recording(SID, MP3);
             TwilioStub twilio = new TwilioStub(key, "key-secret");
             TestLine line = TestLine.with().office(office).twilio(twilio.api()).start()) {
            twilio.redirectTo(media.base());
            assertThat(audio(line, id(office), Map.of()).body()).isEqualTo(MP3);
            assertThat(twilio.seen()).extracting(TwilioStub.Seen::authorization).containsExactly(StaffRequests.basic(key, "key-secret"));
            assertThat(media.seen()).extracting(TwilioStub.Seen::authorization).as("the media host gets no credentials")
                    .containsOnlyNulls().hasSize(1);
        }
    }

    @Test
    void withoutCredentialsThePageSaysWhyThereIsNoPlayer() throws Exception {
        Office office = withRecording();
        try (TestLine line = TestLine.start(office)) {
            String page = StaffRequests.get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body();
            assertThat(page).doesNotContain("<audio").contains("No player: the line has no Twilio credentials to fetch"
                    + " recordings with (set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or with TWILIO_API_KEY and"
                    + " TWILIO_API_SECRET).");
            assertThat(audio(line, id(office), Map.of()).statusCode()).isEqualTo(503);
        }
    }
    @Test
    void aRecordingTheLineCopiedStillPlaysOnceItHasNoCredentials() throws Exception {
        Office office = withRecording();
        try (TwilioStub twilio = new TwilioStub().recording(SID, MP3);
             TestLine line = TestLine.with().office(office).twilio(twilio.api()).start()) {
            assertThat(audio(line, id(office), Map.of()).body()).isEqualTo(MP3);
        }
        try (TestLine line = TestLine.start(office)) {
            String page = StaffRequests.get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body();
            assertThat(page).contains("<audio controls preload=\"none\" src=\"/staff/messages/" + id(office) + "/audio\"")
                    .doesNotContain("No player");
            assertThat(audio(line, id(office), Map.of()).body()).isEqualTo(MP3);
        }
    }
}
