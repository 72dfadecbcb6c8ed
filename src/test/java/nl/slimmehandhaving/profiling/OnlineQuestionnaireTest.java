package nl.slimmehandhaving.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.letters.LetterService;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.casefile.CaseFile;
import nl.slimmehandhaving.casefile.CaseFileService;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.security.SecurityHeaders;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The client answers the posture questionnaire from a personal link, as they would on a phone: over HTTP, without
 * a login, through the real ProfilingProcess.
 */
class OnlineQuestionnaireTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "uwv";
    private static final String ANNA = "anna";
    private static final Pattern LINK = QuestionnaireLetters.LINK;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    EnforcementCaseService cases;
    @Autowired
    LetterService letterService;
    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    QuestionnaireCatalogue questionnaires;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClientAnswersOnlineAndTheCaseworkerGetsTheProposalFromTheirAnswers() {
        SignalRequest signal = TestSignals.signal(ORGANISATION);
        String caseNumber = untilQuestionnaire(signal);

        chooseOnline(caseNumber);

        assertThat(caseworker.openTaskKeys(caseNumber)).isEmpty();
        String url = sentLink(caseNumber);
        assertThat(url).doesNotContain(caseNumber).doesNotContain(signal.bsn())
                .doesNotContain(caseNumber.replace("-", ""));
        String token = tokenOf(url);
        assertThat(token).hasSize(43);
        assertThat(jdbc.queryForObject("select token_hash from questionnaire_link where id = ?", String.class,
                linkIdOf(caseNumber))).isNotEqualTo(token).hasSize(64);
        assertThat(variableValuesOf(caseNumber)).noneMatch(value -> value.contains(token));

        Page page = get(token);
        assertThat(page.status()).isEqualTo(HttpStatus.OK);
        assertThat(page.body()).contains("<html lang=\"nl\"").contains("name=\"viewport\"");
        for (Questionnaire.Item item : questionnaires.current().items()) {
            assertThat(page.body()).contains(item.text());
        }

        Page answered = post(page, token, ExampleAnswers.favouring(questionnaires.current(), Posture.RESISTANCE));
        assertThat(answered.status()).isEqualTo(HttpStatus.OK);
        assertThat(answered.body()).contains("Bedankt");

        caseworker.runJobs(caseNumber);
        String taskId = caseworker.task(caseNumber, "Task_ConfirmPosture").getId();
        assertThat(taskService.getVariable(taskId, "proposedPosture")).isEqualTo("RESISTANCE");
        assertThat(taskService.getVariable(taskId, "profileClarity")).isEqualTo("CLEAR");

        steps.confirmPosture(ANNA, caseNumber, "RESISTANCE", null);
        CaseFile.AssessmentView assessment = file(caseNumber).postureAssessments().get(0);
        assertThat(assessment.answeredOnline()).isTrue();
        assertThat(assessment.confirmedPosture()).isEqualTo("RESISTANCE");
        assertThat(assessment.scores().get("RESISTANCE")).isEqualTo(5.0);
        assertThat(assessment.drivingAnswers()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.posture()).isEqualTo("RESISTANCE"));
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ChooseInstruments");
    }

    @Test
    void thePageIsAccessibleAndRunsNoInlineScript() {
        String caseNumber = untilQuestionnaire(TestSignals.signal(ORGANISATION));
        chooseOnline(caseNumber);

        Page page = get(tokenOf(sentLink(caseNumber)));
        String html = page.body();

        assertThat(page.headers().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_CSP);
        assertThat(page.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainPattern("(?i)\\son[a-z]+=")
                .doesNotContain("javascript:").doesNotContain("style=");
        assertThat(html).containsPattern("<meta name=\"viewport\" content=\"width=device-width");

        int items = questionnaires.current().items().size();
        assertThat(count(html, "<fieldset")).isEqualTo(items);
        assertThat(count(html, "<legend")).isEqualTo(items);
        Matcher radios = Pattern.compile("<input type=\"radio\" id=\"([^\"]+)\"").matcher(html);
        int radioCount = 0;
        while (radios.find()) {
            radioCount++;
            assertThat(html).as("label of radio %s", radios.group(1)).contains("<label for=\"" + radios.group(1) + "\"");
        }
        assertThat(radioCount).isEqualTo(items * QuestionnairePageController.OPTIONS.size());
        assertThat(html).contains("<button type=\"submit\"");
    }

    @Test
    void anExpiredLinkGetsAFriendlyPageAndStoresNothing() {
        String caseNumber = untilQuestionnaire(TestSignals.signal(ORGANISATION));
        chooseOnline(caseNumber);
        String token = tokenOf(sentLink(caseNumber));
        Page page = get(token);
        jdbc.update("update questionnaire_link set expires_at = now() - interval '1 minute' where id = ?",
                linkIdOf(caseNumber));

        Page expired = get(token);
        Page posted = post(page, token, ExampleAnswers.favouring(questionnaires.current(), Posture.COMMITMENT));

        assertThat(expired.status()).isEqualTo(HttpStatus.GONE);
        assertThat(expired.body()).contains("lang=\"nl\"").contains("Deze link werkt niet meer")
                .doesNotContain("Exception").doesNotContain("at nl.");
        assertThat(posted.status()).isEqualTo(HttpStatus.GONE);
        assertThat(jdbc.queryForMap("select used_at, answers from questionnaire_link where id = ?", linkIdOf(caseNumber)))
                .containsEntry("used_at", null).containsEntry("answers", null);
        assertThat(file(caseNumber).postureAssessments()).isEmpty();
        assertThat(waitingForClient(caseNumber)).isTrue();
    }

    @Test
    void aLinkWorksOnceAndAnUnknownOneIsNotFound() {
        String caseNumber = untilQuestionnaire(TestSignals.signal(ORGANISATION));
        chooseOnline(caseNumber);
        String token = tokenOf(sentLink(caseNumber));
        Page page = get(token);
        assertThat(post(page, token, ExampleAnswers.favouring(questionnaires.current(), Posture.COMMITMENT)).status())
                .isEqualTo(HttpStatus.OK);

        Page again = get(token);
        Page postedAgain = post(page, token, ExampleAnswers.favouring(questionnaires.current(), Posture.GAME_PLAYING));
        assertThat(again.status()).isEqualTo(HttpStatus.GONE);
        assertThat(again.body()).contains("U hebt de vragenlijst al ingevuld");
        assertThat(postedAgain.status()).isEqualTo(HttpStatus.GONE);
        caseworker.runJobs(caseNumber);
        assertThat(file(caseNumber).postureAssessments()).singleElement()
                .satisfies(a -> assertThat(a.proposedPosture()).isEqualTo("COMMITMENT"));

        Page unknown = get(QuestionnaireToken.generate());
        Page malformed = get("abc");
        assertThat(unknown.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.body()).contains("lang=\"nl\"").contains("Deze link kennen wij niet");
        assertThat(malformed.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.body()).contains("Deze link kennen wij niet");
    }

    @Test
    void anAnswerOffTheScaleOrAMissingCsrfTokenStoresNothing() {
        String caseNumber = untilQuestionnaire(TestSignals.signal(ORGANISATION));
        chooseOnline(caseNumber);
        String token = tokenOf(sentLink(caseNumber));
        Page page = get(token);

        Page offScale = post(page, token, Map.of("q01", "7"));
        assertThat(offScale.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(offScale.body()).contains("Er ging iets mis met uw antwoorden");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("q01", "3");
        ResponseEntity<String> withoutCsrf = rest.exchange("/vragenlijst/" + token, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(withoutCsrf.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withoutCsrf.getBody()).contains("lang=\"nl\"").contains("Versturen lukte niet");

        assertThat(jdbc.queryForMap("select used_at, answers from questionnaire_link where id = ?", linkIdOf(caseNumber)))
                .containsEntry("used_at", null).containsEntry("answers", null);
        assertThat(waitingForClient(caseNumber)).isTrue();
    }

    @Test
    void whenTheLinkExpiresUnansweredTheCaseworkerTakesTheQuestionnaire() {
        String caseNumber = untilQuestionnaire(TestSignals.signal(ORGANISATION));
        chooseOnline(caseNumber);
        String token = tokenOf(sentLink(caseNumber));

        caseworker.fireTimer(caseNumber, "Timer_QuestionnaireLinkExpired");

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
        String taskId = caseworker.task(caseNumber, "Task_RecordQuestionnaire").getId();
        assertThat(taskService.getVariable(taskId, "questionnaireLinkExpired")).isEqualTo(true);
        assertThat(taskService.getVariable(taskId, "questionnaireOnline")).isEqualTo(false);
        assertThat(get(token).status()).isEqualTo(HttpStatus.GONE);

        steps.answerQuestionnaireFavouring(ANNA, caseNumber, Posture.CAPITULATION);
        String confirmId = caseworker.task(caseNumber, "Task_ConfirmPosture").getId();
        assertThat(taskService.getVariable(confirmId, "proposedPosture")).isEqualTo("CAPITULATION");
        steps.confirmPosture(ANNA, caseNumber, "CAPITULATION", null);
        assertThat(file(caseNumber).postureAssessments()).singleElement()
                .satisfies(a -> assertThat(a.answeredOnline()).isFalse());
    }

    private String untilQuestionnaire(SignalRequest signal) {
        String caseNumber = steps.register(signal);
        steps.assessSignal(ANNA, caseNumber, true, null);
        steps.holdConversation(ANNA, caseNumber, false);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
        return caseNumber;
    }

    private void chooseOnline(String caseNumber) {
        caseworker.claimAndComplete(ANNA, caseNumber, "Task_RecordQuestionnaire", Map.of("questionnaireOnline", true));
        assertThat(waitingForClient(caseNumber)).isTrue();
    }

    private boolean waitingForClient(String caseNumber) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName("Msg_QuestionnaireAnswered").count() == 1;
    }

    /** The link as the client receives it: in the questionnaire letter; the contact moment only records the sending. */
    private String sentLink(String caseNumber) {
        List<CaseFile.ContactView> sent = file(caseNumber).contactMoments().stream()
                .filter(m -> m.kind().equals("QUESTIONNAIRE_LINK")).toList();
        assertThat(sent).hasSize(1);
        assertThat(LINK.matcher(sent.get(0).summary()).find()).as("no link in the case file").isFalse();
        Matcher matcher = QuestionnaireLetters.linkSent(letterService, cases, caseNumber, ORGANISATION);
        return matcher.group();
    }

    private static String tokenOf(String url) {
        Matcher matcher = LINK.matcher(url);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private Long linkIdOf(String caseNumber) {
        return (Long) runtimeService.createVariableInstanceQuery().variableName("questionnaireLinkId")
                .processInstanceIdIn(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                        .list().stream().map(p -> p.getId()).toArray(String[]::new))
                .singleResult().getValue();
    }

    private List<String> variableValuesOf(String caseNumber) {
        return runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                        .list().stream().map(p -> p.getId()).toArray(String[]::new))
                .list().stream().map(v -> String.valueOf(v.getValue())).toList();
    }

    private CaseFile file(String caseNumber) {
        return caseFiles.caseFile(caseNumber, List.of(ORGANISATION));
    }

    record Page(HttpStatus status, HttpHeaders headers, String body) {
    }

    private Page get(String token) {
        ResponseEntity<String> response = rest.getForEntity("/vragenlijst/" + token, String.class);
        return new Page((HttpStatus) response.getStatusCode(), response.getHeaders(), response.getBody());
    }

    /** Submits the form of a page as a browser would: its CSRF field and the cookie that came with it. */
    private Page post(Page form, String token, Map<String, Object> answers) {
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF field in the form").isTrue();
        String cookie = form.headers().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().split(";", 2)[0];
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("_csrf", csrf.group(1));
        answers.forEach((code, value) -> body.add(code, String.valueOf(value)));
        ResponseEntity<String> response = rest.exchange("/vragenlijst/" + token, HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        return new Page((HttpStatus) response.getStatusCode(), response.getHeaders(), response.getBody());
    }

    private static int count(String html, String fragment) {
        return html.split(Pattern.quote(fragment), -1).length - 1;
    }
}
