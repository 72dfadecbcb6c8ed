package nl.slimmehandhaving.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostureScorerTest {

    private final Questionnaire questionnaire = new Questionnaire(7, new Questionnaire.Scale(1, 5), 0.8, List.of(
            new Questionnaire.Item("a1", Posture.COMMITMENT, "A1", false),
            new Questionnaire.Item("a2", Posture.COMMITMENT, "A2", true),
            new Questionnaire.Item("b1", Posture.RESISTANCE, "B1", false),
            new Questionnaire.Item("b2", Posture.RESISTANCE, "B2", false)));

    private final PostureScorer scorer = new PostureScorer();

    @Test
    void scoreIsTheMeanWithReverseItemsFlipped() {
        PostureScores scores = scorer.score(questionnaire, Map.of("a1", 5, "a2", 2, "b1", 2, "b2", 3));

        assertThat(scores.of(Posture.COMMITMENT)).isEqualTo(4.5);
        assertThat(scores.of(Posture.RESISTANCE)).isEqualTo(2.5);
        assertThat(scores.answeredShare()).isEqualTo(1.0);
    }

    @Test
    void unansweredAndOffScaleAnswersDoNotCount() {
        PostureScores scores = scorer.score(questionnaire, Map.of("a1", 4, "b1", 9));

        assertThat(scores.of(Posture.COMMITMENT)).isEqualTo(4.0);
        assertThat(scores.of(Posture.RESISTANCE)).isNull();
        assertThat(scores.of(Posture.GAME_PLAYING)).isNull();
        assertThat(scores.answeredShare()).isEqualTo(0.25);
    }
}
