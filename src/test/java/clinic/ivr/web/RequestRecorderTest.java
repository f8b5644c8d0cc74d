package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import clinic.ivr.CallLines;
import clinic.ivr.flow.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceAccessMode;

/** An answer that fails inside the line is still counted and logged, as the 500 Jetty then sends. */
@ResourceLock(value = CallLines.LOGGING, mode = ResourceAccessMode.READ)
class RequestRecorderTest {

    @Test
    void aWebhookWhoseAnswerFailsIsCountedAndLoggedAsAnError() throws Exception {
        LineMetrics metrics = LineMetrics.forLine();
        CallLines logged = new CallLines();
        RequestRecorder recorder = new RequestRecorder(metrics, logged.log(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn(Routes.MENU);
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("a bug in the answer");
        };

        assertThatThrownBy(() -> recorder.doFilter(request, mock(HttpServletResponse.class), failing))
                .hasMessage("a bug in the answer");

        assertThat(metrics.prometheus()).contains("ivr_requests_total{route=\"" + Routes.MENU + "\",status=\"500\"} 1");
        for (int i = 0; i < 500 && logged.text().isBlank(); i++) {
            Thread.sleep(2);
        }
        JsonNode line = new ObjectMapper().readTree(logged.text().lines().findFirst().orElseThrow());
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("event").asText()).isEqualTo("refused");
        assertThat(line.get("outcome").asText()).isEqualTo("http-500");
    }
}
