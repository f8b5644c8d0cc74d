package clinic.ivr.prompts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The version of the prompts calls are answered with, and the problems of any newer version that
 * could not replace it. A version is swapped whole, so no call ever hears half a change.
 *
 * <p>A line can also start with no usable version at all (a deploy that skipped the build's check,
 * a wrong PROMPTS_DIR): then {@link #get()} throws, callers get the safe answer that needs no
 * prompts, and the first version staff fix is put on the line by the reloader.
 */
public final class LivePrompts implements Supplier<Prompts> {

    private record State(Prompts prompts, List<Problem> problems) {}

    private final AtomicReference<State> state;
    /** Set once the line answers: from then on every version is made ready to listen before it answers. */
    private volatile boolean answering;

    public LivePrompts(Prompts initial) {
        this.state = new AtomicReference<>(new State(initial, List.of()));
    }

    private LivePrompts(List<Problem> problems) {
        this.state = new AtomicReference<>(new State(null, List.copyOf(problems)));
    }

    /** A line whose prompts cannot be used yet: every call gets the safe answer until they are fixed. */
    public static LivePrompts none(List<Problem> problems) {
        return new LivePrompts(problems);
    }

    /** @throws IllegalStateException when no version of the prompts could be used yet */
    @Override
    public Prompts get() {
        Prompts prompts = state.get().prompts();
        if (prompts == null) {
            throw new IllegalStateException("no version of the prompts can be used yet: " + problems());
        }
        return prompts;
    }

    /** The version calls are answered with, if any could be used. */
    public Optional<Prompts> current() {
        return Optional.ofNullable(state.get().prompts());
    }

    /** Problems of the newest files on disk; empty when the version in use is the newest. */
    public List<Problem> problems() {
        return state.get().problems();
    }

    /**
     * Puts a version on the line. One that takes over from another, or comes once the line answers, has its
     * listening made ready first, so that no caller waits for it; the first version at start does not delay
     * the start ({@link #prepareListeningSoon}).
     */
    public void replace(Prompts newer) {
        Prompts before = state.get().prompts();
        if ((before != null || answering) && before != newer) {
            newer.flow().prepareListening();
        }
        state.set(new State(newer, List.of()));
    }

    /**
     * Makes the version on the line ready for callers who speak, on a thread of its own: at start, once the
     * line answers, so that neither the start nor the first caller who speaks waits for it (a second or so
     * for both languages; a caller who speaks sooner waits only for what is left of it).
     */
    public void prepareListeningSoon() {
        answering = true;
        current().ifPresent(prompts -> {
            Thread preparing = new Thread(() -> prompts.flow().prepareListening(), "listening-ready");
            preparing.setDaemon(true);
            preparing.start();
        });
    }

    /** The files changed but cannot be used: keep answering with the last good version, if any. */
    public void keep(List<Problem> problems) {
        state.updateAndGet(s -> new State(s.prompts(), List.copyOf(problems)));
    }
}
