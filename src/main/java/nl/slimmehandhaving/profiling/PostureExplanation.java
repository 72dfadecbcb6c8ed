package nl.slimmehandhaving.profiling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Plain-Dutch account of how a posture proposal came about: {@link #explain} for the caseworker,
 * {@link #explainForClient} for a letter to the client, {@link #drivingAnswers} as data for the case file.
 */
@Component
public class PostureExplanation {

    private static final int DRIVING_ITEMS = 3;
    private static final List<String> SCALE_WORDS =
            List.of("helemaal oneens", "oneens", "niet eens, niet oneens", "eens", "helemaal eens");

    /** One answer that pushed a posture's score up: the item as asked and the answer given. */
    public record DrivingAnswer(String posture, String itemCode, String itemText, int answer, boolean reverseScored) {
    }

    public String explain(Questionnaire questionnaire, Map<String, Integer> answers, PostureAssessment assessment) {
        PostureScores scores = assessment.scores();
        String scoreLine = "Scores (1 = past niet, 5 = past sterk): " + Arrays.stream(Posture.values())
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
        List<String> driving = drivingAnswers(questionnaire, answers, proposed).stream()
                .map(d -> "\"" + d.itemText() + "\" (antwoord " + d.answer() + ")").toList();
        String drivingLine = driving.isEmpty() ? "" : "Doorslaggevende antwoorden: " + String.join("; ", driving) + ".";
        return String.join("\n", head, drivingLine, answeredLine, scoreLine, advice);
    }

    /**
     * The same account for the client, to include in a letter: "u"-form, no scores or thresholds, no posture
     * labels, no instructions meant for the caseworker and nothing from the caseworker's own notes.
     */
    public String explainForClient(Questionnaire questionnaire, Map<String, Integer> answers,
                                   PostureAssessment assessment) {
        List<String> lines = new ArrayList<>();
        lines.add(assessment.isAnsweredOnline()
                ? "U hebt een vragenlijst ingevuld over hoe u aankijkt tegen de regels voor uw uitkering, tegen ons "
                        + "en tegen de overheid."
                : "Samen met uw contactpersoon hebt u een vragenlijst ingevuld over hoe u aankijkt tegen de regels "
                        + "voor uw uitkering, tegen ons en tegen de overheid.");
        String clarity = assessment.getProfileClarity();
        if ("INSUFFICIENT".equals(clarity) || assessment.getProposedPosture() == null) {
            lines.add("Er waren te weinig vragen beantwoord om daar iets uit af te leiden. Daarom heeft uw "
                    + "contactpersoon alleen op basis van uw gesprek gekeken hoe wij u het beste kunnen helpen.");
        } else {
            Posture proposed = Posture.valueOf(assessment.getProposedPosture());
            if ("MIXED".equals(clarity)) {
                Posture alternative = Posture.valueOf(assessment.getAlternativePosture());
                lines.add("Uit uw antwoorden kwamen twee dingen ongeveer even sterk naar voren: " + proposed.forClient()
                        + ", en " + alternative.forClient() + ". Uw contactpersoon heeft daarom zelf gekozen wat "
                        + "het best bij u past.");
            } else {
                lines.add("Uit uw antwoorden kwam vooral naar voren dat " + proposed.forClient() + ".");
            }
            List<DrivingAnswer> driving = drivingAnswers(questionnaire, answers, proposed);
            if (!driving.isEmpty()) {
                lines.add("Dat zagen wij vooral aan deze antwoorden: " + driving.stream()
                        .map(d -> "bij \"" + d.itemText() + "\" koos u \"" + scaleWord(questionnaire, d.answer()) + "\"")
                        .collect(Collectors.joining("; ")) + ".");
            }
            String confirmed = assessment.getConfirmedPosture();
            if (confirmed != null && !assessment.followsProposal(confirmed)) {
                lines.add("Na het gesprek met u ziet uw contactpersoon het anders: " + Posture.valueOf(confirmed)
                        .forClient() + ". Uw contactpersoon kan u uitleggen waarom.");
            }
        }
        lines.add("Dit helpt ons kiezen hoe wij met u in gesprek gaan en welke hulp of uitleg bij u past. Het is "
                + "geen oordeel over u, en het leidt nooit tot een boete of een andere straf. Een medewerker beslist, "
                + "niet de computer. Klopt dit beeld niet? Vertel het uw contactpersoon.");
        return String.join("\n", lines);
    }

    /** The answers that raised the posture's score most (reverse-scored items flipped), strongest first. */
    public List<DrivingAnswer> drivingAnswers(Questionnaire questionnaire, Map<String, Integer> answers,
                                              Posture posture) {
        int max = questionnaire.scale().max();
        int min = questionnaire.scale().min();
        return questionnaire.itemsOf(posture).stream()
                .filter(item -> answers.get(item.code()) != null)
                .sorted(Comparator.comparingInt((Questionnaire.Item item) ->
                        item.reverseScored() ? min + max - answers.get(item.code()) : answers.get(item.code())).reversed())
                .limit(DRIVING_ITEMS)
                .map(item -> new DrivingAnswer(posture.name(), item.code(), item.text(), answers.get(item.code()),
                        item.reverseScored()))
                .toList();
    }

    private static String scaleWord(Questionnaire questionnaire, int answer) {
        int index = answer - questionnaire.scale().min();
        return index >= 0 && index < SCALE_WORDS.size() ? SCALE_WORDS.get(index) : String.valueOf(answer);
    }

    private static String format(Double score) {
        return score == null ? "-" : String.format(Locale.GERMANY, "%.1f", score);
    }
}
