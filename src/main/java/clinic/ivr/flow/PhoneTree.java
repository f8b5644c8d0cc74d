package clinic.ivr.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of the phone tree: which menus exist and what each numbered key leads to.
 * The same in every language; the words live in the prompts.
 */
public final class PhoneTree {

    public static final String MAIN = "main";
    /**
     * The clinic's hours: a topic every line has, said from the settings at the moment a caller asks.
     * Callers reach it by speech from anywhere; menus.yaml may also give it a key.
     */
    public static final String HOURS = "hours";
    /** What callers ask for anywhere that the front desk answers: costs, insurance, appointments made. */
    public static final String ASK_THE_DESK = "ask-the-desk";
    /** The way to the clinic, asked for anywhere. */
    public static final String DIRECTIONS = "directions";

    /** One numbered choice in a menu: its key (1 to 5) and the menu or topic it leads to. */
    public record Option(String key, String target) {}

    private final Map<String, List<Option>> menus;
    private final Map<String, String> parents = new LinkedHashMap<>();

    /** @param menus menu name to its options, in the order callers hear them */
    public PhoneTree(Map<String, List<Option>> menus) {
        if (!menus.containsKey(MAIN)) {
            throw new IllegalArgumentException("the phone tree needs a main menu");
        }
        Map<String, List<Option>> copy = new LinkedHashMap<>();
        menus.forEach((name, options) -> copy.put(name, List.copyOf(options)));
        this.menus = Collections.unmodifiableMap(copy);
        copy.forEach((name, options) -> options.forEach(o -> parents.put(o.target(), name)));
    }

    /** What the line is about: its main menu's first choice, what a caller who asks "what is it?" asks for. */
    public String subject() {
        return menus.get(MAIN).get(0).target();
    }

    public boolean isMenu(String node) {
        return menus.containsKey(node);
    }

    public boolean isTopic(String node) {
        return !isMenu(node) && parents.containsKey(node);
    }

    public List<String> menus() {
        return List.copyOf(menus.keySet());
    }

    /** Every topic (an answer a caller can hear), in the order of the tree. */
    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        menus.values().forEach(options -> options.stream()
                .map(Option::target).filter(this::isTopic).forEach(topics::add));
        return topics;
    }

    public List<Option> options(String menu) {
        return menus.getOrDefault(menu, List.of());
    }

    public Optional<Option> option(String menu, String key) {
        return options(menu).stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /** The menu a caller is in: the menu itself, or the one a topic belongs to. */
    public String menuOf(String node) {
        return isMenu(node) ? node : parent(node).orElse(MAIN);
    }

    /** The menu a topic or submenu is offered in; the main menu has none. */
    public Optional<String> parent(String node) {
        return Optional.ofNullable(parents.get(node));
    }

    /**
     * The key an answer offers to go back to the list it is in: none when that list is the main menu,
     * which its own key already offers.
     */
    public String backKey(String topic) {
        return parent(topic).filter(menu -> !menu.equals(MAIN)).map(menu -> Key.BACK.press()).orElse("");
    }
}
