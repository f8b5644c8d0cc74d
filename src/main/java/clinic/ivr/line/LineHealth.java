package clinic.ivr.line;

import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.store.Journal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Whether the line is well, in plain words for its operators: the prompts, and anything that keeps a
 * caller's message from being kept (the store, the journal, the data folder, a host whose disk is
 * thrown away). Each check is cheap: the expensive ones (the disk) run in the background.
 */
public final class LineHealth {

    /** One problem; {@code file} and {@code line} only for a mistake in the prompts. */
    public record Problem(String message, String file, int line) {}

    /**
     * What {@code /health} reports.
     *
     * @param published the published version of the prompts calls are answered with, if one is
     * @param notes     information that is not a problem, such as FRONT_DESK_NUMBER overriding the staff's number
     */
    public record Report(Optional<String> promptsVersion, OptionalInt published, List<Problem> problems,
                         List<String> notes, Journal.Backlog journal, Optional<Duration> oldestWaiting) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final LivePrompts prompts;
    private final List<Supplier<List<String>>> checks;
    private final Supplier<Journal.Backlog> journal;
    private final Clock clock;
    private final Supplier<OptionalInt> published;

    /** The prompts alone: a line whose messages are not checked here. */
    public LineHealth(LivePrompts prompts) {
        this(prompts, List.of(), () -> Journal.Backlog.EMPTY, Clock.systemUTC());
    }

    /**
     * @param checks  each gives its problems in plain words, empty when well
     * @param journal the messages waiting for the store
     */
    public LineHealth(LivePrompts prompts, List<Supplier<List<String>>> checks, Supplier<Journal.Backlog> journal,
                      Clock clock) {
        this.prompts = prompts;
        this.checks = List.copyOf(checks);
        this.journal = journal;
        this.clock = clock;
        this.published = OptionalInt::empty;
    }

    private LineHealth(LineHealth health, Supplier<OptionalInt> published) {
        this.prompts = health.prompts;
        this.checks = health.checks;
        this.journal = health.journal;
        this.clock = health.clock;
        this.published = published;
    }

    /** The same checks, and the number of the published version calls are answered with. */
    public LineHealth withPublished(Supplier<OptionalInt> published) {
        return new LineHealth(this, published);
    }

    public Report report() {
        List<Problem> problems = new ArrayList<>();
        Optional<Prompts> current = prompts.current();
        if (current.isEmpty()) {
            problems.add(new Problem("no version of the prompts can be used: every call gets the safe answer"
                    + " (the emergency notice, an apology, then the front desk or a message) until they are fixed",
                    null, 0));
        }
        prompts.problems().forEach(p -> problems.add(new Problem(p.message(), p.file(), p.line())));
        for (Supplier<List<String>> check : checks) {
            check.get().forEach(message -> problems.add(new Problem(message, null, 0)));
        }
        List<String> notes = new ArrayList<>();
        current.ifPresent(p -> p.overriddenDeskNumber().ifPresent(set -> notes.add("FRONT_DESK_NUMBER is set: calls are"
                + " put through to " + p.frontDeskNumber().orElseThrow().masked() + ", not to the front desk number staff"
                + " set (" + set.masked() + ")")));
        Journal.Backlog backlog = journal.get();
        return new Report(current.map(Prompts::version), published.get(), problems, notes, backlog,
                backlog.oldest().map(oldest -> Duration.between(oldest, clock.instant())));
    }
}
