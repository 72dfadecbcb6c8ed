package nl.slimmehandhaving.profiling;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/**
 * Scores as in Braithwaite's Motivational Postures Scale: the mean of a posture's items, reverse-scored
 * items flipped on the scale. Answers outside the scale count as not answered.
 */
@Component
public class PostureScorer {

    public PostureScores score(Questionnaire questionnaire, Map<String, Integer> answers) {
        int min = questionnaire.scale().min();
        int max = questionnaire.scale().max();
        Map<Posture, Double> means = new EnumMap<>(Posture.class);
        long answered = 0;
        for (Posture posture : Posture.values()) {
            OptionalDouble mean = questionnaire.itemsOf(posture).stream()
                    .filter(item -> isOnScale(answers.get(item.code()), min, max))
                    .mapToInt(item -> item.reverseScored() ? min + max - answers.get(item.code()) : answers.get(item.code()))
                    .average();
            means.put(posture, mean.isPresent() ? round(mean.getAsDouble()) : null);
        }
        for (Questionnaire.Item item : questionnaire.items()) {
            if (isOnScale(answers.get(item.code()), min, max)) {
                answered++;
            }
        }
        return new PostureScores(means, round((double) answered / questionnaire.items().size()));
    }

    private static boolean isOnScale(Integer answer, int min, int max) {
        return answer != null && answer >= min && answer <= max;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
