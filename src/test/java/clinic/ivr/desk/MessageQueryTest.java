package clinic.ivr.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What staff ask the messages page for: which messages, a number or words, one page at a time. */
class MessageQueryTest {

    @Test
    void aLinkOrFormNamesWhichMessagesAndAnythingElseShowsAll() {
        assertThat(MessageQuery.Show.of("new")).isEqualTo(MessageQuery.Show.NEW);
        assertThat(MessageQuery.Show.of("called-back")).isEqualTo(MessageQuery.Show.CALLED_BACK);
        assertThat(MessageQuery.Show.of("all")).isEqualTo(MessageQuery.Show.ALL);
        assertThat(MessageQuery.Show.of("everything")).isEqualTo(MessageQuery.Show.ALL);
        assertThat(MessageQuery.Show.CALLED_BACK.code()).isEqualTo("called-back");
    }

    @Test
    void whatStaffTypedIsTrimmedAndCutAndThePageIsAtLeastTheFirst() {
        MessageQuery q = new MessageQuery(null, "  knee  ", 0);
        assertThat(q.show()).isEqualTo(MessageQuery.Show.ALL);
        assertThat(q.search()).isEqualTo("knee");
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.offset()).isZero();
        assertThat(new MessageQuery(MessageQuery.Show.NEW, null, -3).search()).isEmpty();
        assertThat(new MessageQuery(MessageQuery.Show.NEW, "a".repeat(150), 1).search()).hasSize(MessageQuery.MAX_SEARCH_CHARS);
        assertThat(new MessageQuery(MessageQuery.Show.NEW, "a".repeat(100), 1).search()).hasSize(100);
    }

    @Test
    void eachPageStartsWhereTheLastEnded() {
        MessageQuery third = new MessageQuery(MessageQuery.Show.NEW, "knee", 3);
        assertThat(third.offset()).isEqualTo(2 * MessageQuery.PAGE_SIZE);
        assertThat(third.onPage(2)).isEqualTo(new MessageQuery(MessageQuery.Show.NEW, "knee", 2));
        assertThat(MessageQuery.NEWEST).isEqualTo(new MessageQuery(MessageQuery.Show.ALL, "", 1));
    }

    @Test
    void aNumberIsLookedForInTheCallersNumberWordsInWhatWasSaid() {
        MessageQuery number = new MessageQuery(MessageQuery.Show.ALL, "(212) 555-0147", 1);
        assertThat(number.digits()).hasValue("2125550147");
        assertThat(number.words()).isEmpty();
        MessageQuery words = new MessageQuery(MessageQuery.Show.ALL, "Knee, knee;  BACK pain", 1);
        assertThat(words.digits()).isEmpty();
        assertThat(words.words()).containsExactly("knee", "back", "pain");
        assertThat(new MessageQuery(MessageQuery.Show.ALL, "", 1).words()).isEmpty();
        assertThat(new MessageQuery(MessageQuery.Show.ALL, "a b c d e f g h i j", 1).words())
                .hasSize(MessageQuery.MAX_WORDS).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void theMessagesFoundFillAtLeastOnePage() {
        MessageQuery q = MessageQuery.NEWEST;
        assertThat(new MessageQuery.Found(q, List.of(), 0).pages()).isEqualTo(1);
        assertThat(new MessageQuery.Found(q, List.of(), 25).pages()).isEqualTo(1);
        assertThat(new MessageQuery.Found(q, List.of(), 26).pages()).isEqualTo(2);
        assertThat(new MessageQuery.Found(q, List.of(), 50).pages()).isEqualTo(2);
        assertThat(new MessageQuery.Found(q, List.of(), 51).pages()).isEqualTo(3);
    }
}
