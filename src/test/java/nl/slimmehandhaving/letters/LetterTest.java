package nl.slimmehandhaving.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.security.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Letters are rendered from templates in plain Dutch, kept with the case, escaped, and served as HTML and PDF. */
class LetterTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "gemeente-groningen";
    private static final String CARLA = "carla";

    @Autowired
    CaseworkSteps steps;
    @Autowired
    LetterService letters;
    @Autowired
    EnforcementCaseService cases;
    @LocalServerPort
    int port;

    @Test
    void theInvitationIsWrittenWhenContactStartsAndOpensWithHelpNotSuspicion() {
        SignalRequest signal = TestSignals.signal(ORGANISATION);
        String caseNumber = steps.register(signal);
        steps.assessSignal(CARLA, caseNumber, true, null);
        HttpProbe http = new HttpProbe(port);

        HttpProbe.Response list = http.get("/api/cases/" + caseNumber + "/letters", CARLA);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("kind")).containsExactly("INVITATION");
        long id = list.json().get(0).get("id").asLong();

        HttpProbe.Response html = http.get("/api/cases/" + caseNumber + "/letters/" + id, CARLA);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("Uitnodiging voor een gesprek", "Dat betekent niet dat u iets fout heeft gedaan",
                "Wat kunt u doen?", caseNumber, "J. de Vries");
        assertThat(html.body()).doesNotContain(signal.bsn()).contains(signal.bsn().substring(6));
        assertThat(http.get("/api/cases/" + caseNumber + "/letters/" + id, "eva").status()).isEqualTo(404);
        assertThat(http.get("/api/cases/" + caseNumber + "/letters/999999", CARLA).status()).isEqualTo(404);
    }

    @Test
    void decisionLetterPutsHelpBeforeTheSanctionEscapesFreeTextAndRendersAsPdf() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        Long caseId = cases.findVisible(caseNumber, List.of(ORGANISATION)).orElseThrow().getId();

        Letter letter = letters.write(caseId, LetterKind.DECISION, Map.of(
                "overpayment", "€ 1.200,00", "recovery", true,
                "sanctionText", "U krijgt een boete van € 600,00.",
                "clientView", "<script>alert('x')</script> Ik & mijn werkgever",
                "viewWeighing", "Meegewogen."));

        String html = letter.getHtml();
        assertThat(html).contains("&lt;script&gt;", "Ik &amp; mijn werkgever").doesNotContain("<script>");
        assertThat(html.indexOf("betalingsregeling")).isLessThan(html.indexOf("U krijgt een boete"));
        assertThat(html).contains("Bezwaar maken", "binnen 6 weken", "€ 1.200,00", "terugbetalen");

        HttpProbe.Response pdf = new HttpProbe(port)
                .get("/api/cases/" + caseNumber + "/letters/" + letter.getId() + ".pdf", CARLA);
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void everyLetterKindRenders() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        Long caseId = cases.findVisible(caseNumber, List.of(ORGANISATION)).orElseThrow().getId();
        Map<String, Object> details = Map.of("overpayment", "€ 100,00", "recovery", true,
                "sanctionText", "Tekst.", "channelName", "telefoon");

        for (LetterKind kind : LetterKind.values()) {
            Letter letter = letters.write(caseId, kind, details);
            assertThat(letter.getHtml()).as(kind.name()).contains(kind.subject(), "Vragen?", caseNumber);
            assertThat(new String(letters.pdf(letter), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as(kind.name()).isEqualTo("%PDF");
        }
    }
}
