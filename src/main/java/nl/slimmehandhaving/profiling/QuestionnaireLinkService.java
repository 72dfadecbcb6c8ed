package nl.slimmehandhaving.profiling;

import static nl.slimmehandhaving.profiling.ProfilingVariables.QUESTIONNAIRE_ANSWERED_ONLINE;
import static nl.slimmehandhaving.profiling.ProfilingVariables.QUESTIONNAIRE_LINK_ID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import nl.slimmehandhaving.contact.ContactService;
import nl.slimmehandhaving.letters.LetterKind;
import nl.slimmehandhaving.letters.LetterService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's own way into the questionnaire: a personal link with a random single-use token. Answering it
 * stores the answers, uses up the link and lets the waiting ProfilingProcess continue.
 */
@Service
@Transactional
public class QuestionnaireLinkService {

    public static final String PATH = "/vragenlijst/";
    static final String MESSAGE = "Msg_QuestionnaireAnswered";

    public enum State { OPEN, UNKNOWN, EXPIRED, USED }

    public record CreatedLink(Long id, String url, OffsetDateTime expiresAt) {
    }

    /** What a token leads to; {@code link} and {@code questionnaire} only when it is open. */
    public record Lookup(State state, QuestionnaireLink link, Questionnaire questionnaire) {
    }

    private final QuestionnaireLinkRepository links;
    private final QuestionnaireCatalogue questionnaires;
    private final QuestionnaireLinkSettings settings;
    private final ContactService contacts;
    private final LetterService letters;
    private final RuntimeService runtimeService;
    private final ObjectMapper objectMapper;

    QuestionnaireLinkService(QuestionnaireLinkRepository links, QuestionnaireCatalogue questionnaires,
                             QuestionnaireLinkSettings settings, ContactService contacts, LetterService letters,
                             RuntimeService runtimeService, ObjectMapper objectMapper) {
        this.links = links;
        this.questionnaires = questionnaires;
        this.settings = settings;
        this.contacts = contacts;
        this.letters = letters;
        this.runtimeService = runtimeService;
        this.objectMapper = objectMapper;
    }

    /**
     * Makes a link to the current questionnaire and sends it to the client in a letter; the contact moment
     * records that it was sent and until when it works, not the link itself.
     */
    public CreatedLink create(Long caseId) {
        String token = QuestionnaireToken.generate();
        OffsetDateTime expiresAt = OffsetDateTime.now().plus(settings.validity());
        QuestionnaireLink link = links.save(new QuestionnaireLink(caseId, questionnaires.current().version(),
                QuestionnaireToken.hash(token), expiresAt));
        String url = settings.publicBaseUrl() + PATH + token;
        letters.write(caseId, LetterKind.QUESTIONNAIRE, Map.of("link", url,
                "validUntil", LetterService.date(expiresAt.toLocalDate())));
        contacts.recordQuestionnaireLinkSent(caseId, expiresAt);
        return new CreatedLink(link.getId(), url, expiresAt);
    }

    @Transactional(readOnly = true)
    public Lookup lookup(String token) {
        if (!QuestionnaireToken.isWellFormed(token)) {
            return new Lookup(State.UNKNOWN, null, null);
        }
        return stateOf(links.findByTokenHash(QuestionnaireToken.hash(token)).orElse(null));
    }

    /**
     * Stores the answers (item code to "1".."5"; blank or missing = skipped) and correlates
     * {@value #MESSAGE}. Anything but an open link stores nothing and returns its state.
     *
     * @throws InvalidQuestionnaireAnswersException for a value outside the scale
     */
    public State submit(String token, Map<String, String> rawAnswers) {
        if (!QuestionnaireToken.isWellFormed(token)) {
            return State.UNKNOWN;
        }
        Lookup lookup = stateOf(links.findForUpdateByTokenHash(QuestionnaireToken.hash(token)).orElse(null));
        if (lookup.state() != State.OPEN) {
            return lookup.state();
        }
        QuestionnaireLink link = lookup.link();
        if (!processIsWaitingFor(link)) {
            link.revoke(OffsetDateTime.now());
            return State.EXPIRED;
        }
        Map<String, Integer> answers = validAnswers(lookup.questionnaire(), rawAnswers);
        link.markAnswered(toJson(answers), OffsetDateTime.now());
        runtimeService.createMessageCorrelation(MESSAGE)
                .processInstanceVariableEquals(QUESTIONNAIRE_LINK_ID, link.getId())
                .setVariable(QUESTIONNAIRE_ANSWERED_ONLINE, true)
                .correlate();
        return State.OPEN;
    }

    /** The process stopped waiting (the timer fired): the link must not be usable any more. */
    public void revoke(Long linkId) {
        links.findById(linkId).ifPresent(link -> link.revoke(OffsetDateTime.now()));
    }

    @Transactional(readOnly = true)
    public QuestionnaireLink get(Long linkId) {
        return links.findById(linkId).orElseThrow();
    }

    private Lookup stateOf(QuestionnaireLink link) {
        if (link == null) {
            return new Lookup(State.UNKNOWN, null, null);
        }
        if (link.isUsed()) {
            return new Lookup(State.USED, null, null);
        }
        if (link.isExpired(OffsetDateTime.now())) {
            return new Lookup(State.EXPIRED, null, null);
        }
        return new Lookup(State.OPEN, link, questionnaires.version(link.getQuestionnaireVersion()));
    }

    private boolean processIsWaitingFor(QuestionnaireLink link) {
        return runtimeService.createExecutionQuery().messageEventSubscriptionName(MESSAGE)
                .processVariableValueEquals(QUESTIONNAIRE_LINK_ID, link.getId()).count() > 0;
    }

    private static Map<String, Integer> validAnswers(Questionnaire questionnaire, Map<String, String> rawAnswers) {
        Map<String, Integer> answers = new TreeMap<>();
        for (Questionnaire.Item item : questionnaire.items()) {
            String value = rawAnswers.get(item.code());
            if (value == null || value.isBlank()) {
                continue;
            }
            String trimmed = value.strip();
            if (!trimmed.matches("\\d")) {
                throw new InvalidQuestionnaireAnswersException(item.code());
            }
            int answer = Integer.parseInt(trimmed);
            if (answer < questionnaire.scale().min() || answer > questionnaire.scale().max()) {
                throw new InvalidQuestionnaireAnswersException(item.code());
            }
            answers.put(item.code(), answer);
        }
        return answers;
    }

    private String toJson(Map<String, Integer> answers) {
        try {
            return objectMapper.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
