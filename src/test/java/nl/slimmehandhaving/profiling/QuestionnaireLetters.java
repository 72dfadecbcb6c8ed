package nl.slimmehandhaving.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.letters.Letter;
import nl.slimmehandhaving.letters.LetterKind;
import nl.slimmehandhaving.letters.LetterService;

/** Reads the personal questionnaire link where the client gets it: in the one questionnaire letter of the case. */
public final class QuestionnaireLetters {

    public static final Pattern LINK = Pattern.compile("https?://\\S+/vragenlijst/([A-Za-z0-9_-]+)");

    private QuestionnaireLetters() {
    }

    /** The full link in the case's questionnaire letter; group 1 of {@link #LINK} is the token. */
    public static Matcher linkSent(LetterService letters, EnforcementCaseService cases, String caseNumber,
                                   String organisation) {
        Long caseId = cases.findVisible(caseNumber, List.of(organisation)).orElseThrow().getId();
        List<Letter> sent = letters.lettersOf(caseId).stream()
                .filter(letter -> letter.getKind() == LetterKind.QUESTIONNAIRE).toList();
        assertThat(sent).hasSize(1);
        Matcher matcher = LINK.matcher(sent.get(0).getHtml());
        assertThat(matcher.find()).as("link in the questionnaire letter").isTrue();
        return matcher;
    }
}
