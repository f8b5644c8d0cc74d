package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(CallState.fromQuery(query(state.toQuery()), "en")).isEqualTo(state);
    }

    @Test
    void aFreshCallHasAShortUrl() {
        assertThat(CallState.start("en").toQuery()).isEqualTo("node=main&lang=en");
    }

    @Test
    void nonsenseInTheUrlFallsBackToSafeValues() {
        CallState state = CallState.fromQuery(Map.of("part", "-7", "wait", "999999", "miss", "x", "pace", "warp"), "en");
        assertThat(state).isEqualTo(new CallState("main", 1, "en", false, 0, 0, 0));
        assertThat(CallState.fromQuery(Map.of("wait", "50"), "en").patience()).isEqualTo(CallState.MAX_PATIENCE);
    }
}
