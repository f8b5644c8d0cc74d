package clinic.ivr.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallStateTest {

    static Map<String, String> query(String q) {
        Map<String, String> map = new HashMap<>();
        for (String pair : q.split("&")) {
            String[] kv = pair.split("=", 2);
            map.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return map;
    }

    @Test
    void everySettingOfACallSurvivesTheTripThroughTheUrl() {
        CallState state = new CallState("faq-avoid", 2, "es", true, 2, 1, 1);
        assertEquals(state, CallState.fromQuery(query(state.toQuery()), "en"));
    }

    @Test
    void aFreshCallHasAShortUrl() {
        assertEquals("node=main&lang=en", CallState.start("en").toQuery());
    }

    @Test
    void nonsenseInTheUrlFallsBackToSafeValues() {
        CallState state = CallState.fromQuery(Map.of("part", "-7", "wait", "999999", "miss", "x", "pace", "warp"), "en");
        assertEquals(new CallState("main", 1, "en", false, 0, 0, 0), state);
        assertEquals(CallState.MAX_PATIENCE, CallState.fromQuery(Map.of("wait", "50"), "en").patience());
    }
}
