package clinic.ivr.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A long range read a page at a time, each page the rows after the last row of the one before (a keyset, so
 * rows added meanwhile neither repeat nor shift a page): an export holds one page in memory, however long.
 */
final class Pages {

    /** The rows a page holds at most (a query's LIMIT); a shorter page is the last. */
    static final int SIZE = 500;

    private Pages() {}

    /** @param after the page after the given row, or the first page when there is none */
    static <T> void each(Function<Optional<T>, List<T>> after, Consumer<T> each) {
        Optional<T> last = Optional.empty();
        List<T> page;
        do {
            page = after.apply(last);
            page.forEach(each);
            if (!page.isEmpty()) {
                last = Optional.of(page.get(page.size() - 1));
            }
        } while (page.size() == SIZE);
    }
}
