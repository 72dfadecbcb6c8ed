package nl.slimmehandhaving.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The explanation for a letter speaks to the client and leaves out what is meant for the caseworker only. */
class PostureExplanationTest {

    private final Questionnaire questionnaire = new QuestionnaireCatalogue(new ObjectMapper()).current();
    private final PostureExplanation explanation = new PostureExplanation();

    PostureExplanationTest() throws IOException {
    }

    @Test
    void theClientTextNamesTheDrivingAnswersWithoutCaseworkerWordingScoresOrLabels() {
        Map<String, Integer> answers = answers(ExampleAnswers.favouring(questionnaire, Posture.GAME_PLAYING));
        PostureAssessment assessment = assessment(answers);
        assessment.recordProposal("GAME_PLAYING", "COMMITMENT", "CLEAR");
        assessment.recordDecision("CAPITULATION", "Intern: klant was in het gesprek erg meegaand, zie notitie.", "anna");

        String text = explanation.explainForClient(questionnaire, answers, assessment);

        assertThat(text).contains(Posture.GAME_PLAYING.forClient()).contains(Posture.CAPITULATION.forClient())
                .contains("nooit tot een boete");
        assertThat(explanation.drivingAnswers(questionnaire, answers, Posture.GAME_PLAYING))
                .hasSize(3).allSatisfy(driving -> assertThat(text).contains(driving.itemText()));
        for (Posture posture : Posture.values()) {
            assertThat(text).doesNotContain(posture.dutchName());
        }
        assertThat(text).doesNotContain("Intern").doesNotContain("anna").doesNotContain("Voorstel")
                .doesNotContain("Score").doesNotContain("handhaver").doesNotContain("schrijf op").doesNotContain("%")
                .doesNotContainPattern("\\d,\\d");
    }

    @Test
    void withoutAProposalTheClientReadsThatThereWereTooFewAnswers() {
        Map<String, Integer> answers = Map.of(questionnaire.items().get(0).code(), 3);
        PostureAssessment assessment = assessment(answers);
        assessment.recordProposal(null, null, "INSUFFICIENT");

        String text = explanation.explainForClient(questionnaire, answers, assessment);

        assertThat(text).contains("te weinig vragen beantwoord").doesNotContain("Dat zagen wij vooral");
    }

    private PostureAssessment assessment(Map<String, Integer> answers) {
        return new PostureAssessment(1L, questionnaire.version(), "{}", new PostureScorer().score(questionnaire, answers));
    }

    private static Map<String, Integer> answers(Map<String, Object> form) {
        Map<String, Integer> answers = new HashMap<>();
        form.forEach((code, value) -> answers.put(code, Integer.parseInt(value.toString())));
        return answers;
    }
}
