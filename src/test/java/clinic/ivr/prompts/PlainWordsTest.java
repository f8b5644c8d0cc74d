package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sentences with nothing of FreeMarker's in them are said exactly as FreeMarker would have rendered them. */
class PlainWordsTest {

    final Configuration cfg = Freemarker.configuration(PlainTextOutputFormat.INSTANCE, new StringTemplateLoader());

    String rendered(String file, String source) throws Exception {
        return Freemarker.render(new Template(file, source, cfg), Map.of());
    }

    @Test
    void everyPlainEntryOfTheShippedPromptsReadsAsFreemarkerRendersIt() throws Exception {
        List<String> files;
        try (Stream<Path> walk = Files.walk(Path.of("prompts"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
        }
        int plain = 0;
        for (String file : files) {
            List<Problem> problems = new ArrayList<>();
            for (TextFile.Entry entry : TextFile.parse(file, Files.readString(Path.of(file)), problems)) {
                if (entry.plainWords().isPresent()) {
                    plain++;
                    assertThat(entry.plainWords().get()).as(file + " [" + entry.name() + "]")
                            .isEqualTo(rendered(file, entry.source()));
                }
            }
            assertThat(problems).isEmpty();
        }
        assertThat(plain).as("most entries have no setting in them").isGreaterThan(100);
    }

    @Test
    void notesBlankLinesAndTheLinesAboveAreLeftOutAsFreemarkerLeavesThemOut() throws Exception {
        String text = "# a note\n[greeting]\n# how we greet\nHello.\n# between\n\nWelcome.\n\n[setting]\nCall ${clinic.phone}.\n";
        List<TextFile.Entry> entries = TextFile.parse("en/x.txt", text, new ArrayList<>());
        assertThat(entries.get(0).plainWords()).hasValue(rendered("en/x.txt", entries.get(0).source()));
        assertThat(entries.get(0).plainWords().get()).contains("Hello.\n").contains("Welcome.").doesNotContain("#");
        assertThat(entries.get(1).plainWords()).as("a setting is FreeMarker's to fill in").isEmpty();
    }
}
