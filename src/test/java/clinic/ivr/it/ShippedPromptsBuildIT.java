package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A prompts mistake cannot reach a deploy through the build: {@code ./mvnw package} runs the packaged
 * jar's validate on the shipped prompts and fails, printing file, line and message. Running the whole
 * build on a broken copy would take minutes; this runs the very step {@code package} runs
 * ({@code exec:exec@shipped-prompts}), on a broken copy, in seconds, and checks that {@code package}
 * runs it.
 */
class ShippedPromptsBuildIT {

    @TempDir
    Path temp;

    @Test
    void thePackagePhaseRunsTheCheckOfTheShippedPrompts() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        String phase = XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='execution'][*[local-name()='id']='shipped-prompts']/*[local-name()='phase']", pom);
        assertThat(phase).isEqualTo("package");
        String prompts = XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='properties']/*[local-name()='clinic.prompts']", pom);
        assertThat(prompts).as("the build checks the prompts it ships").isEqualTo("prompts");
    }

    @Test
    void aBrokenPromptsFolderFailsThatStepWithFileLineAndMessage() throws Exception {
        PromptsCopy broken = PromptsCopy.in(temp);
        int line = broken.lineOf("en/faq.txt", "Many people feel");
        broken.edit("en/faq.txt", "Many people feel", "Many people at ${clinic.phon} feel");

        Process build = new ProcessBuilder("./mvnw", "-B", "-q", "-o", "exec:exec@shipped-prompts",
                "-Dclinic.prompts=" + broken.dir())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(build.exitValue()).as(output).isNotZero();
        assertThat(output).as(output).contains("prompts/en/faq.txt line " + line + ": \"${clinic.phon}\" is not a known setting;"
                + " did you mean clinic.phone?");
    }
}
