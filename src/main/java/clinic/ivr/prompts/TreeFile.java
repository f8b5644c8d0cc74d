package clinic.ivr.prompts;

import clinic.ivr.flow.Key;
import clinic.ivr.flow.PhoneTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** {@code menus.yaml}: the phone tree, checked against the key map, each problem with its line. */
final class TreeFile {

    static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_OPTIONS = Key.OPTIONS.size();

    private TreeFile() {}

    static Optional<PhoneTree> read(PromptFiles files, List<Problem> problems) {
        return YamlFile.read(files, PromptFiles.TREE,
                        YamlFile.mapOf(String.class, YamlFile.mapOf(String.class, YamlFile.type(String.class))), problems)
                .flatMap(yaml -> tree(yaml, problems));
    }

    private static Optional<PhoneTree> tree(YamlFile yaml, List<Problem> problems) {
        int before = problems.size();
        Map<String, Map<String, String>> menus = yaml.value();
        Map<String, List<PhoneTree.Option>> tree = new LinkedHashMap<>();
        Map<String, String> offeredIn = new HashMap<>();
        if (!menus.containsKey(PhoneTree.MAIN)) {
            problems.add(new Problem(yaml.file(), 0, "there is no main menu: the file needs a \"main:\" section."));
        }
        menus.forEach((menu, options) -> {
            if (!NAME.matcher(menu).matches()) {
                problems.add(yaml.problem(menu, "\"" + menu + "\" is not a valid menu name: use lower-case letters,"
                        + " digits and dashes."));
            }
            Map<String, String> byKey = options == null ? Map.of() : options;
            if (byKey.size() > MAX_OPTIONS) {
                problems.add(yaml.problem(menu, "the " + menu + " menu has " + byKey.size()
                        + " options; callers remember at most " + MAX_OPTIONS + ". Move some into a submenu."));
            }
            if (byKey.isEmpty()) {
                problems.add(yaml.problem(menu, "the " + menu + " menu has no options."));
            }
            List<PhoneTree.Option> list = new ArrayList<>();
            new TreeMap<>(byKey).forEach((key, target) -> {
                String at = menu + "." + key;
                if (!Key.OPTIONS.contains(key)) {
                    problems.add(yaml.problem(at, "key " + key + " cannot be an option: options use keys 1 to "
                            + MAX_OPTIONS + ", because 0, star, 7, 8, 9 and pound do the same thing in every menu."));
                } else if (target == null || !NAME.matcher(target).matches() || target.equals(PhoneTree.MAIN)) {
                    problems.add(yaml.problem(at, "key " + key + " leads to \"" + target + "\", which is not a valid"
                            + " topic or menu name: use lower-case letters, digits and dashes."));
                } else if (offeredIn.containsKey(target)) {
                    problems.add(yaml.problem(at, "\"" + target + "\" is already offered in the " + offeredIn.get(target)
                            + " menu; each topic has one place in the tree."));
                } else {
                    offeredIn.put(target, menu);
                    list.add(new PhoneTree.Option(key, target));
                }
            });
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).key().equals(String.valueOf(i + 1))) {
                    problems.add(yaml.problem(menu, "the " + menu + " menu's keys skip a number: number its options"
                            + " 1, 2, 3 and so on, in the order callers hear them."));
                    break;
                }
            }
            tree.put(menu, list);
        });
        menus.keySet().stream()
                .filter(m -> !m.equals(PhoneTree.MAIN) && !offeredIn.containsKey(m))
                .forEach(m -> problems.add(yaml.problem(m, "the " + m + " menu is not offered in any other menu,"
                        + " so no caller can reach it.")));
        return problems.size() == before ? Optional.of(new PhoneTree(tree)) : Optional.empty();
    }
}
