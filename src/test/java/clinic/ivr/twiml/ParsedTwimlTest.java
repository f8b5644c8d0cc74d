package clinic.ivr.twiml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** An answer read back as a caller hears it: for the checks, the scripts and the terminal phone. */
class ParsedTwimlTest {

    static String response(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + body + "</Response>";
    }

    @Test
    void aPauseStartsANewLineAndSpacesAreTidied() {
        ParsedTwiml.Said said = ParsedTwiml.parse(response("<Say language=\"en-US\">  Welcome   to the clinic."
                + "<break time=\"1s\"/>For hours,\n press 5.<break time=\"1s\"/></Say>")).said().get(0);
        assertThat(said.lines()).containsExactly("Welcome to the clinic.", "For hours, press 5.");
        assertThat(said.text()).isEqualTo("Welcome to the clinic. For hours, press 5.");
        assertThat(said.language()).isEqualTo("en-US");
        assertThat(said.slow()).isFalse();
    }

    @Test
    void aSubstitutionIsHeardAsItsAliasAndMarkupAsItsWords() {
        ParsedTwiml parsed = ParsedTwiml.parse(response("<Say>Call <sub alias=\"two one two\">212</sub> or"
                + " <sub>the desk</sub>. <s><w role=\"x\">Thank</w> you</s><![CDATA[ & goodbye]]></Say>"));
        assertThat(parsed.spokenText()).isEqualTo("Call two one two or the desk. Thank you & goodbye");
    }

    @Test
    void theSlowPaceIsTold() {
        for (String rate : new String[] {"85%", "slow", "x-slow", "9%"}) {
            assertThat(ParsedTwiml.parse(response("<Say><prosody rate=\"" + rate + "\">Hello.</prosody></Say>"))
                    .said().get(0).slow()).as(rate).isTrue();
        }
        for (String rate : new String[] {"100%", "fast", "medium", ""}) {
            assertThat(ParsedTwiml.parse(response("<Say><prosody rate=\"" + rate + "\">Hello.</prosody></Say>"))
                    .said().get(0).slow()).as(rate).isFalse();
        }
        ParsedTwiml.Said mixed = ParsedTwiml.parse(response("<Say><prosody rate=\"85%\">Hello.</prosody>"
                + "<prosody rate=\"100%\">Again.</prosody></Say>")).said().get(0);
        assertThat(mixed.slow()).as("once slow, the Say is slow").isTrue();
    }

    @Test
    void everySayIsFoundInOrderInsideAGatherOrNot() {
        ParsedTwiml parsed = ParsedTwiml.parse(response("<Say>One.</Say><Gather><Say>Two.</Say><Pause/></Gather>"
                + "<Say>Three.</Say><Redirect>/voice/menu</Redirect>"));
        assertThat(parsed.said()).extracting(ParsedTwiml.Said::text).containsExactly("One.", "Two.", "Three.");
        assertThat(parsed.spokenText()).isEqualTo("One. Two. Three.");
        assertThat(parsed.verbs()).extracting(Element::getTagName).containsExactly("Say", "Gather", "Say", "Redirect");
        assertThat(parsed.all("Pause")).hasSize(1);
        assertThat(parsed.all("Dial")).isEmpty();
    }

    @Test
    void anAnswerThatIsNotXmlIsRefusedPlainly() {
        assertThatThrownBy(() -> ParsedTwiml.parse("<Response><Say>Hi & bye</Say></Response>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not well-formed TwiML");
        assertThatThrownBy(() -> ParsedTwiml.parse("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"y\">]><Response/>"))
                .as("no document types, no entities").isInstanceOf(IllegalArgumentException.class);
    }
}
