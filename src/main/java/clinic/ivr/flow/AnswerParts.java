package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of each topic's answer in each language, as staff wrote them: how many there are, and which one a caller
 * names by what it said ("the part about how long it lasts" is the one that says "a session lasts 15 to 30 minutes").
 */
final class AnswerParts {

    /** For each language and topic, the words of each part as the matcher reads them. */
    private final Map<String, Map<String, List<Set<String>>>> words;
    /** For each language, how much each word tells one part from the others: rarer among all answers' parts, more. */
    private final Map<String, Map<String, Double>> weights;

    /** @param texts for each language, each topic's parts as read */
    AnswerParts(Map<String, Map<String, List<String>>> texts) {
        Map<String, Map<String, List<Set<String>>>> read = new HashMap<>();
        Map<String, Map<String, Double>> weighed = new HashMap<>();
        texts.forEach((language, topics) -> {
            Map<String, List<Set<String>>> byTopic = new HashMap<>();
            topics.forEach((topic, parts) -> byTopic.put(topic, parts.stream()
                    .map(part -> Set.copyOf(PhraseMatcher.wordsOf(language, part))).toList()));
            read.put(language, Map.copyOf(byTopic));
            // "how" is in many parts, "lasts" in few: a part named by "how long it lasts" is the one that lasts
            List<Set<String>> all = byTopic.values().stream().flatMap(List::stream).toList();
            Map<String, Long> partsSaying = all.stream().flatMap(Set::stream)
                    .collect(Collectors.groupingBy(word -> word, Collectors.counting()));
            Map<String, Double> weight = new HashMap<>();
            partsSaying.forEach((word, n) -> weight.put(word, Math.log((double) all.size() / n)));
            weighed.put(language, Map.copyOf(weight));
        });
        words = Map.copyOf(read);
        weights = Map.copyOf(weighed);
    }

    /** How many parts the topic's answer has: one at least. */
    int count(String language, String topic) {
        return Math.max(1, parts(language, topic).size());
    }

    /**
     * The part, counted from 1, that the caller's words name more surely than any other part of the answer: the part
     * that says the most of them, each weighed by how few parts of all answers say it; none when no part says any
     * that tells it apart, or two parts weigh the same.
     */
    Optional<Integer> naming(String language, String topic, String said) {
        List<Set<String>> parts = parts(language, topic);
        List<String> named = PhraseMatcher.wordsOf(language, said);
        Map<String, Double> weight = weights.getOrDefault(language, Map.of());
        int best = -1;
        double most = 0;
        for (int part = 0; part < parts.size(); part++) {
            double score = 0;
            for (String word : named) {
                if (parts.get(part).contains(word)) {
                    score += weight.getOrDefault(word, 0.0);
                }
            }
            if (score > most) {
                best = part;
                most = score;
            } else if (score == most) {
                best = -1;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best + 1);
    }

    private List<Set<String>> parts(String language, String topic) {
        return words.getOrDefault(language, Map.of()).getOrDefault(topic, List.of());
    }
}
