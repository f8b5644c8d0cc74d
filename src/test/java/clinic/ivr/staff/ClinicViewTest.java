package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClinicViewTest {

    private static final Clock CLOCK = Clock.fixed(TestLine.OPEN, ZoneOffset.UTC);

    @Test
    void pagesNameTheClinicsTimeZoneAsStaffReadIt() {
        assertThat(new ClinicView(() -> Optional.of(TestLine.shipped()), CLOCK).zoneName()).isEqualTo("America/New York");
    }

    /** While no version of the prompts can be used, times are in UTC, and the pages say so in that word, not "Z". */
    @Test
    void withoutPromptsTheTimesAreSaidToBeUtc() {
        assertThat(new ClinicView(Optional::empty, CLOCK).zoneName()).isEqualTo("UTC");
    }
}
