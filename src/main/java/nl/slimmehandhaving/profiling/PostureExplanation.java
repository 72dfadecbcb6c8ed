package nl.slimmehandhaving.profiling;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Plain-Dutch account of how a posture proposal came about, for the caseworker (and a letter). */
@Component
public class PostureExplanation {

    private static final int DRIVING_ITEMS = 3;

    public String explain(Questionnaire questionnaire, Map<String, Integer> answers, PostureAssessment assessment) {
        PostureScores scores = assessment.scores();
        String scoreLine = "Scores (1 = past niet, 5 = past sterk): " + java.util.Arrays.stream(Posture.values())
                .map(p -> p.dutchName() + " " + format(scores.of(p)))
                .collect(Collectors.joining(", ")) + ".";
        String answeredLine = String.format(Locale.ROOT, "Beantwoord: %d%% van de vragen.",
                Math.round(scores.answeredShare() * 100));
        String advice = "Dit is een advies. U stelt de houding vast; wijkt u af, schrijf dan op waarom.";
        String clarity = assessment.getProfileClarity();
        if ("INSUFFICIENT".equals(clarity) || assessment.getProposedPosture() == null) {
            return String.join("\n", "Er is geen voorstel: te weinig vragen zijn beantwoord om een houding te bepalen. "
                    + "Stel de houding vast op basis van het gesprek en schrijf op waarop u dat baseert.",
                    answeredLine, scoreLine);
        }
        Posture proposed = Posture.valueOf(assessment.getProposedPosture());
        String head;
        if ("MIXED".equals(clarity)) {
            Posture alternative = Posture.valueOf(assessment.getAlternativePosture());
            head = "Gemengd profiel: " + proposed.dutchName() + " (" + format(scores.of(proposed)) + ") en "
                    + alternative.dutchName() + " (" + format(scores.of(alternative)) + ") liggen dicht bij elkaar. "
                    + "Het systeem kiest hier niet: kies zelf welke houding het best past bij wat u van de klant weet.";
        } else {
            head = "Voorstel: " + proposed.dutchName() + " (gemiddeld " + format(scores.of(proposed))
                    + "). Deze houding scoort duidelijk het hoogst.";
        }
        return String.join("\n", head, drivingItems(questionnaire, answers, proposed), answeredLine, scoreLine, advice);
    }

    private static String drivingItems(Questionnaire questionnaire, Map<String, Integer> answers, Posture posture) {
        int max = questionnaire.scale().max();
        int min = questionnaire.scale().min();
        List<String> items = questionnaire.itemsOf(posture).stream()
                .filter(item -> answers.get(item.code()) != null)
                .sorted(Comparator.comparingInt((Questionnaire.Item item) ->
                        item.reverseScored() ? min + max - answers.get(item.code()) : answers.get(item.code())).reversed())
                .limit(DRIVING_ITEMS)
                .map(item -> "\"" + item.text() + "\" (antwoord " + answers.get(item.code()) + ")")
                .toList();
        return items.isEmpty() ? "" : "Doorslaggevende antwoorden: " + String.join("; ", items) + ".";
    }

    private static String format(Double score) {
        return score == null ? "-" : String.format(Locale.GERMANY, "%.1f", score);
    }
}
