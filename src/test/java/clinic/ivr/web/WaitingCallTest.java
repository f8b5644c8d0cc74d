package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.Caller;
import clinic.ivr.LineExtension;
import clinic.ivr.TestLine;
import clinic.ivr.Twiml;
import clinic.ivr.flow.Flow;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Callers who ask the line to wait, over real HTTP with signed Twilio-shaped requests: they hear that the line
 * waits, and it goes on listening, longer, where they were; asking again and again never sends them to the
 * front desk nor ends the call, and silence afterwards is handled as any silence.
 */
class WaitingCallTest {

    @RegisterExtension
    static final LineExtension LINE = new LineExtension();
    static final Prompts SHIPPED = TestLine.shipped();

    static String says(String language, FixedEntry entry) {
        return SHIPPED.wording(language).say(entry).plainText();
    }

    static Caller caller(String sid) throws Exception {
        return new Caller(LINE.twilio(), sid, "+12125550147");
    }

    /** The line said only that it waits, and listens again at the same place, longer than at first. */
    static void waits(Twiml heard, String language, String at) {
        assertThat(heard.spoken()).isEqualTo(says(language, FixedEntry.WAIT_NOW));
        assertThat(heard.has("Dial")).isFalse();
        assertThat(heard.action()).contains("node=" + at).doesNotContain("miss=");
        assertThat(Integer.parseInt(heard.gather().getAttribute("timeout"))).isGreaterThan(Flow.BASE_WAIT_SECONDS);
    }

    @Test
    void fiveAsidesInARowAreWaitedForEachTimeAndTheCallerIsStillAtTheMenu() throws Exception {
        Caller caller = caller("CA-wait-1");
        Twiml heard = caller.calls();
        for (String words : new String[] {"hold on", "hold on a second", "one moment please", "just a minute", "hang on"}) {
            heard = caller.says(heard, words);
            waits(heard, "en", "main");
        }
        heard = caller.waits(heard);
        assertThat(heard.spoken()).as("silence after the asides: the choices again, not the front desk")
                .startsWith(says("en", FixedEntry.SILENCE)).contains(says("en", FixedEntry.FRONT_DESK_OPTION));
        assertThat(heard.action()).contains("node=main").contains("miss=1");
        heard = caller.press(heard, "5");
        assertThat(heard.spoken()).contains(SHIPPED.wording("en").hours(FixedEntry.HOURS_WEEK, java.util.Map.of()).plainText());
    }

    @Test
    void afterAnAnswerAndInSpanishTooTheLineWaitsWhereTheCallerWas() throws Exception {
        Caller caller = caller("CA-wait-2");
        Twiml spanish = caller.press(caller.calls(), "8");
        waits(caller.says(spanish, "un momento por favor"), "es", "main");
        Twiml hours = caller.says(spanish, "¿cuál es su horario?");
        waits(caller.says(hours, "déjeme buscar un lápiz"), "es", "hours");
    }

    @Test
    void askedWhetherToPutTheCallerThroughTheLineWaitsForTheAnswerAndYesStillPutsThemThrough() throws Exception {
        Caller caller = caller("CA-wait-3");
        Twiml offer = caller.says(caller.calls(), "how much does a session cost");
        assertThat(offer.spoken()).endsWith(says("en", FixedEntry.CONFIRM_FRONT_DESK));
        Twiml waiting = caller.says(offer, "one moment please");
        waits(waiting, "en", "main");
        assertThat(waiting.action()).contains("ask=front-desk");
        assertThat(caller.says(waiting, "yes").dialled()).isNotEmpty();
    }
}
