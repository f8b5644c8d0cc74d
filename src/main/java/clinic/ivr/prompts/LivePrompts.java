package clinic.ivr.prompts;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The version of the prompts calls are answered with, and the problems of any newer version that
 * could not replace it. A version is swapped whole, so no call ever hears half a change.
 */
public final class LivePrompts implements Supplier<Prompts> {

    private record State(Prompts prompts, List<Problem> problems) {}

    private final AtomicReference<State> state;

    public LivePrompts(Prompts initial) {
        this.state = new AtomicReference<>(new State(initial, List.of()));
    }

    @Override
    public Prompts get() {
        return state.get().prompts();
    }

    /** Problems of the newest files on disk; empty when the version in use is the newest. */
    public List<Problem> problems() {
        return state.get().problems();
    }

    public void replace(Prompts newer) {
        state.set(new State(newer, List.of()));
    }

    /** The files changed but cannot be used: keep answering with the last good version. */
    public void keep(List<Problem> problems) {
        state.updateAndGet(s -> new State(s.prompts(), List.copyOf(problems)));
    }
}
