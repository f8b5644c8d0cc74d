package clinic.ivr.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which messages staff want to see: new ones, those called back, or all; optionally those matching a
 * number or some words; one page of them, newest first.
 *
 * @param show   which messages
 * @param search what staff typed to look for, trimmed; empty for everything
 * @param page   the page, from 1
 */
public record MessageQuery(Show show, String search, int page) {

    /** Messages on one page: enough to scan, few enough for a phone. */
    public static final int PAGE_SIZE = 25;
    /** The longest search the line reads; the rest of what is typed is ignored. */
    public static final int MAX_SEARCH_CHARS = 100;
    /** Words that must all be in a message; more are ignored. */
    public static final int MAX_WORDS = 8;

    public enum Show {
        ALL("all"), NEW("new"), CALLED_BACK("called-back");

        private final String code;

        Show(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The filter a link or form names; anything else shows all. */
        public static Show of(String code) {
            return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(ALL);
        }
    }

    public MessageQuery {
        show = show == null ? Show.ALL : show;
        search = search == null ? "" : search.strip();
        if (search.length() > MAX_SEARCH_CHARS) {
            search = search.substring(0, MAX_SEARCH_CHARS);
        }
        page = Math.max(1, page);
    }

    /**
     * What a query found: one page of messages and how many match in all.
     *
     * @param messages the page, newest first
     * @param total    how many messages match the query on every page
     */
    public record Found(MessageQuery query, List<Message> messages, int total) {
        public Found {
            messages = List.copyOf(messages);
        }

        /** How many pages the matching messages fill; at least 1. */
        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** The newest messages, all of them. */
    public static final MessageQuery NEWEST = new MessageQuery(Show.ALL, "", 1);

    /** The digits to find in the caller's number, when what staff typed is a number. */
    public Optional<String> digits() {
        return PhoneNumber.typedDigits(search);
    }

    /** The words to find in what the caller said (or staff noted), when what staff typed is not a number. */
    public List<String> words() {
        if (search.isEmpty() || digits().isPresent()) {
            return List.of();
        }
        return Arrays.stream(search.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
                .filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** The same search on another page. */
    public MessageQuery onPage(int other) {
        return new MessageQuery(show, search, other);
    }
}
