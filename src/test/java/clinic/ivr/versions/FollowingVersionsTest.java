package clinic.ivr.versions;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Input;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.TextLayout;
import clinic.ivr.prompts.Validation;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.Database;
import clinic.ivr.store.PromptVersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One instance of the line following the versions in its database, step by step (each {@code follow()} is
 * what the line does every second): a newer version is answered with, one that fails its checks here is
 * not, and a database out of reach is said on /health until it is back.
 */
class FollowingVersionsTest {

    static final Instant NOW = Instant.parse("2026-03-04T15:00:00Z");

    final ConnectionPool pool = ConnectionPool.open(
            new Database("jdbc:h2:mem:following-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    final PromptVersionStore store = new PromptVersionStore(pool);
    final PhoneWords words = PhoneWords.start(store, TestLine.validator(), TestLine.SHIPPED_PROMPTS,
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1));

    @AfterEach
    void close() {
        words.close();
        pool.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = pool.connection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void aVersionThatFailsItsChecksHereIsNotUsedButOneThisLineJustPublishedIsAtOnce() {
        assertThat(words.published()).as("the folder read in at the first start").hasValue(1);
        Prompts first = words.live().current().orElseThrow();
        assertThat(words.live().problems()).isEmpty();
        assertThat(words.problems()).isEmpty();

        Map<String, String> broken = new TreeMap<>(words.versions().files(1).orElseThrow().editable());
        broken.put("en/line.txt", broken.get("en/line.txt").replace("${clinic.name}.", "${clinic.nam}."));
        store.locked(v -> v.add(new PromptVersionStore.NewVersion(PromptVersionStore.Status.PUBLISHED, "staff",
                "hand edit", null, "broken", null, broken), NOW));
        words.follow();

        assertThat(words.published()).hasValue(1);
        assertThat(words.live().current()).containsSame(first);
        assertThat(words.live().problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("clinic.nam"));

        words.follow();
        assertThat(words.live().problems()).as("not checked again until something changes").isNotEmpty();

        // a version this line has just published is answered with at once, but never an older or a failed one
        Prompts published = TestLine.shipped();
        words.answerWith(3, new Validation(Optional.of(published), List.of(), List.of()));
        assertThat(words.published()).hasValue(3);
        assertThat(words.live().current()).containsSame(published);

        Prompts older = first;
        words.answerWith(2, new Validation(Optional.of(older), List.of(), List.of()));
        words.answerWith(3, new Validation(Optional.of(older), List.of(), List.of()));
        words.answerWith(4, new Validation(Optional.of(older), List.of(new Problem("prompts/en/line.txt", 1, "bad")),
                List.of()));
        assertThat(words.published()).hasValue(3);
        assertThat(words.live().current()).containsSame(published);
    }

    @Test
    void aDatabaseOutOfReachIsOnHealthUntilItIsBackAndAClosureIsReadAtTheNextLook() throws SQLException {
        sql("ALTER TABLE prompt_versions RENAME TO prompt_versions_away");
        words.follow();
        assertThat(words.problems()).containsExactly("the versions of the prompts cannot be read from the database since "
                + NOW + ": calls are answered with version 1, and a newer version is heard once the database is back");
        assertThat(words.live().current()).as("calls go on").isPresent();

        sql("ALTER TABLE prompt_versions_away RENAME TO prompt_versions");
        words.follow();
        assertThat(words.problems()).isEmpty();

        // and what staff did meanwhile is read at the next look
        words.versions().closeToday(Map.of("en", "the snow"), "AB", ZoneId.of("America/New_York"));
        words.follow();
        assertThat(words.closure().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(words.closure().orElseThrow().reason("en")).contains("the snow");
    }

    @Test
    void aVersionPublishedBeforeTheLineRequiredAnEntryIsAnsweredWithTheStaffsWordsAndTheShippedOnesForIt() {
        Map<String, String> older = PromptsCopy.beforeWaiting(words.versions().files(1).orElseThrow().editable());
        older.put("en/line.txt", TextLayout.parse(older.get("en/line.txt")).withWords("welcome", "Thanks for calling us!").text());
        assertThat(older.get("en/line.txt")).doesNotContain("[wait-now]", "[words.wait]");
        store.locked(v -> v.add(new PromptVersionStore.NewVersion(PromptVersionStore.Status.PUBLISHED, "staff",
                "AB", "our welcome", "older", null, older), NOW));
        words.follow();

        assertThat(words.published()).as("answered with, not refused").hasValue(2);
        assertThat(words.live().problems()).isEmpty();
        Prompts answering = words.live().current().orElseThrow();
        assertThat(answering.wording("en").say(FixedEntry.WELCOME).plainText()).isEqualTo("Thanks for calling us!");
        assertThat(answering.wording("en").say(FixedEntry.WAIT_NOW).plainText()).isEqualTo("Take your time. I'll wait.");
        assertThat(answering.wording("es").say(FixedEntry.WAIT_NOW).plainText()).isEqualTo("Tómese su tiempo. Aquí espero.");
        assertThat(answering.flow().hear(CallState.start("es"), Input.said("un momento", 0.9))).isEqualTo(Heard.of(Heard.Kind.WAIT));
        assertThat(words.versions().files(2).orElseThrow().editable()).as("kept as staff published it").isEqualTo(older);
    }

    @Test
    void aFolderWithNewTemplatesLaysOutTheVersionAgainButABrokenFolderIsNotUsed() {
        PromptFiles folder = PromptFiles.read(TestLine.SHIPPED_PROMPTS);
        Map<String, String> texts = new TreeMap<>(folder.texts());
        texts.replaceAll((name, text) -> name.startsWith("templates/") ? text + "\n" : text);
        words.folderChanged(PromptFiles.of(texts));

        assertThat(words.published()).as("the same words, laid out with the new templates").hasValue(1);
        assertThat(words.live().current().orElseThrow().files().templates()).isEqualTo(PromptFiles.of(texts).templates());
        assertThat(words.versions().history()).as("no new words: no new version").hasSize(1);

        // a broken folder is not used: the good version answers, with the folder's problems shown until it is fixed
        Prompts good = words.live().current().orElseThrow();
        words.folderChanged(PromptFiles.of(misspelt(texts)));

        assertThat(words.published()).hasValue(1);
        assertThat(words.live().current()).containsSame(good);
        assertThat(words.live().problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("clinic.nam"));
        assertThat(words.versions().history()).as("not kept: a good version answers").hasSize(1);

        words.folderChanged(PromptFiles.of(texts));
        assertThat(words.live().problems()).isEmpty();
        assertThat(words.live().current()).containsSame(good);
    }

    /** The folder with a setting misspelt, as a developer might leave it. */
    static Map<String, String> misspelt(Map<String, String> folder) {
        Map<String, String> texts = new TreeMap<>(folder);
        texts.put("en/line.txt", texts.get("en/line.txt").replace("${clinic.name}.", "${clinic.nam}."));
        return texts;
    }
}
