package nl.slimmehandhaving.profiling;

import java.util.HashMap;
import java.util.Map;

/** Questionnaire answers as a form submits them (text "1".."5"), shaped to produce a given profile (demo data, tests). */
public final class ExampleAnswers {

    private ExampleAnswers() {
    }

    /** Strong agreement with the posture's items, mild disagreement with all others: a clear profile. */
    public static Map<String, Object> favouring(Questionnaire questionnaire, Posture posture) {
        return shaped(questionnaire, Map.of(posture, 5.0), 2.0);
    }

    /** Two postures nearly level at the top: a mixed profile. */
    public static Map<String, Object> mixed(Questionnaire questionnaire, Posture first, Posture second) {
        return shaped(questionnaire, Map.of(first, 5.0, second, 5.0), 1.0);
    }

    /** Only the first item answered: too little to propose anything. */
    public static Map<String, Object> almostNothing(Questionnaire questionnaire) {
        return Map.of(questionnaire.items().get(0).code(), "3");
    }

    private static Map<String, Object> shaped(Questionnaire questionnaire, Map<Posture, Double> targets, double rest) {
        Map<String, Object> answers = new HashMap<>();
        for (Questionnaire.Item item : questionnaire.items()) {
            int score = (int) Math.round(targets.getOrDefault(item.posture(), rest));
            int answer = item.reverseScored() ? 6 - score : score;
            answers.put(item.code(), String.valueOf(answer));
        }
        return answers;
    }
}
