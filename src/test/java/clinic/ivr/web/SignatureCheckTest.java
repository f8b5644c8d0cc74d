package clinic.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every voice route checks Twilio's signature once: signed requests are answered, unsigned ones refused. */
class SignatureCheckTest {

    static TestLine line;

    @BeforeAll
    static void start() throws Exception {
        line = TestLine.start();
    }

    @AfterAll
    static void stop() throws Exception {
        line.close();
    }

    @Test
    void aSignedIncomingCallIsAnswered() throws Exception {
        var response = line.twilio().post("/voice", TwilioClient.callForm());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Twiml.parse(response.body()).spoken().startsWith("If this is a medical emergency"));
    }

    @Test
    void aSignedChoiceIsAnswered() throws Exception {
        var response = line.twilio().post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "4")));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Twiml.parse(response.body()).spoken().contains("Here are the questions people ask most."));
    }

    @Test
    void unsignedRequestsAreRefusedOnEveryVoiceRoute() throws Exception {
        for (String path : new String[] {"/voice", "/voice/menu?node=main&lang=en", "/voice/front-desk?node=main&lang=en"}) {
            var response = line.twilio().send(line.baseUrl() + path, TwilioClient.callForm(), null);
            assertEquals(403, response.statusCode(), path);
        }
    }
}
