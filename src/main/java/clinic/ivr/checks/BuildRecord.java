package clinic.ivr.checks;

import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the build's check of the shipped prompts found, kept beside the jar ({@value #FILE}): a line started
 * from that same jar on the same files, in a folder of the same name and with the same front desk number,
 * takes these findings instead of running the checks again, a third of its start. Anything else (another
 * build, a changed word, another folder) is checked as always; a record that cannot be read is ignored.
 */
public final class BuildRecord {

    private static final Logger LOG = LoggerFactory.getLogger(BuildRecord.class);
    static final String FILE = "clinic-ivr.checked.json";
    /** The manifest attribute the build stamps on the jar, different for every build. */
    static final String BUILD_ID = "Build-Id";
    /** No record: every set is checked. */
    public static final BuildRecord NONE = new BuildRecord(Optional.empty(), "", "", false);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One set's findings, before and after the special days (which are checked every time). */
    record Kept(String build, String root, String fingerprint, String frontDesk, List<Problem> errorsBefore,
                List<Problem> warningsBefore, List<Problem> errorsAfter, List<Problem> warningsAfter) {}

    private final Optional<Path> file;
    private final String build;
    private final String frontDesk;
    private final boolean writing;

    BuildRecord(Optional<Path> file, String build, String frontDesk, boolean writing) {
        this.file = file;
        this.build = build;
        this.frontDesk = frontDesk;
        this.writing = writing;
    }

    /** Where the {@code validate} command of a packaged jar keeps what it found. */
    public static BuildRecord toWrite(Optional<String> frontDeskOverride) {
        return besideTheJar(frontDeskOverride, true);
    }

    /** Where a packaged line starting looks for what its build found. */
    public static BuildRecord toRead(Optional<String> frontDeskOverride) {
        return besideTheJar(frontDeskOverride, false);
    }

    private static BuildRecord besideTheJar(Optional<String> frontDeskOverride, boolean writing) {
        try {
            Path jar = Path.of(BuildRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return NONE; // classes in a folder, as in a developer's tests: no build to speak of
            }
            try (JarFile opened = new JarFile(jar.toFile())) {
                String build = opened.getManifest() == null ? null : opened.getManifest().getMainAttributes()
                        .getValue(BUILD_ID);
                return build == null ? NONE
                        : new BuildRecord(Optional.of(jar.resolveSibling(FILE)), build, frontDeskOverride.orElse(""), writing);
            }
        } catch (Exception e) {
            LOG.debug("no record of the build's check: {}", e.toString());
            return NONE;
        }
    }

    /** What the build found in exactly these files, if it checked them. */
    Optional<Kept> find(PromptFiles files) {
        if (writing || file.isEmpty() || !Files.isRegularFile(file.get()) || !files.unreadable().isEmpty()) {
            return Optional.empty();
        }
        try {
            Kept kept = JSON.readValue(file.get().toFile(), Kept.class);
            if (kept.build().equals(build) && kept.root().equals(files.root())
                    && kept.fingerprint().equals(files.fingerprint()) && kept.frontDesk().equals(frontDesk)) {
                LOG.info("the prompts folder {} is as the build checked it ({}): its checks are not run again",
                        files.root(), file.get());
                return Optional.of(kept);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("the record of the build's check in {} cannot be read ({}); the prompts are checked as always",
                    file.get(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Keeps what a check of these files found, when this is the build's own check and the files can answer
     * calls (a broken folder checked with the same jar leaves the last good record in place).
     */
    void keep(PromptFiles files, Findings before, Findings after) {
        if (!writing || file.isEmpty() || !files.unreadable().isEmpty() || !before.errors().isEmpty()
                || !after.errors().isEmpty()) {
            return;
        }
        Kept kept = new Kept(build, files.root(), files.fingerprint(), frontDesk, before.errors(), before.warnings(),
                after.errors(), after.warnings());
        try {
            Path written = file.get().resolveSibling(FILE + ".tmp");
            Files.write(written, JSON.writeValueAsBytes(kept));
            Files.move(written, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("the check's findings are not kept beside the jar: {}", e.toString());
        }
    }
}
