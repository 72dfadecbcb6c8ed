package nl.slimmehandhaving.profiling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Profiling: scoring the questionnaire, recording the DMN's proposal and the caseworker's decision. */
@Service
@Transactional
public class ProfilingService {

    private final PostureAssessmentRepository assessments;
    private final QuestionnaireCatalogue questionnaires;
    private final PostureScorer scorer;
    private final PostureExplanation explanation;
    private final EnforcementCaseService cases;
    private final ObjectMapper objectMapper;
    private final QuestionnaireLinkService links;

    ProfilingService(PostureAssessmentRepository assessments, QuestionnaireCatalogue questionnaires,
                     PostureScorer scorer, PostureExplanation explanation, EnforcementCaseService cases,
                     ObjectMapper objectMapper, QuestionnaireLinkService links) {
        this.links = links;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.scorer = scorer;
        this.explanation = explanation;
        this.cases = cases;
        this.objectMapper = objectMapper;
    }

    /** Scores the answers to the current questionnaire, given as item code to value (1..5, text or number). */
    public PostureAssessment score(Long caseId, Map<String, Object> rawAnswers) {
        Questionnaire questionnaire = questionnaires.current();
        Map<String, Integer> answers = answersTo(questionnaire, rawAnswers);
        PostureScores scores = scorer.score(questionnaire, answers);
        return assessments.save(new PostureAssessment(caseId, questionnaire.version(), toJson(answers), scores));
    }

    /** Scores what the client answered online, against the questionnaire version the link was made for. */
    public PostureAssessment scoreOnlineAnswers(Long caseId, Long questionnaireLinkId) {
        QuestionnaireLink link = links.get(questionnaireLinkId);
        Questionnaire questionnaire = questionnaires.version(link.getQuestionnaireVersion());
        Map<String, Integer> answers = readAnswers(link.getAnswers());
        PostureScores scores = scorer.score(questionnaire, answers);
        return assessments.save(new PostureAssessment(caseId, questionnaire.version(), link.getAnswers(), scores,
                link.getId()));
    }

    /** Records the PostureDetermination result and returns the explanation shown to the caseworker. */
    public String recordProposal(Long assessmentId, String proposedPosture, String alternativePosture, String clarity) {
        PostureAssessment assessment = get(assessmentId);
        assessment.recordProposal(proposedPosture, alternativePosture, clarity);
        return explanation.explain(questionnaires.version(assessment.getQuestionnaireVersion()),
                answersOf(assessment), assessment);
    }

    /** The caseworker's decision; a posture other than the proposal needs a written reason. */
    public void confirm(Long assessmentId, String posture, String reason, String caseworker) {
        if (posture == null || !Posture.isKnown(posture)) {
            throw new BadUserRequestException("Kies een houding. / Choose a posture.");
        }
        PostureAssessment assessment = get(assessmentId);
        if (!assessment.followsProposal(posture) && (reason == null || reason.isBlank())) {
            throw new BadUserRequestException("U wijkt af van het voorstel (of er is geen voorstel): "
                    + "schrijf op waarom u deze houding vaststelt. / You deviate from the proposal (or there is none): "
                    + "write down why you set this posture.");
        }
        assessment.recordDecision(posture, reason, caseworker);
        cases.recordPosture(assessment.getCaseId(), posture);
    }

    /** The plain-Dutch explanation addressed to the client, for a letter (see {@link PostureExplanation}). */
    @Transactional(readOnly = true)
    public String clientExplanation(Long assessmentId) {
        PostureAssessment assessment = get(assessmentId);
        return explanation.explainForClient(questionnaires.version(assessment.getQuestionnaireVersion()),
                answersOf(assessment), assessment);
    }

    /** The client explanation of the case's latest assessment, if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> latestClientExplanation(Long caseId) {
        List<PostureAssessment> all = assessmentsOf(caseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(clientExplanation(all.get(all.size() - 1).getId()));
    }

    /** The answers that drove the proposal (both postures of a mixed profile); none without a proposal. */
    @Transactional(readOnly = true)
    public List<PostureExplanation.DrivingAnswer> drivingAnswersOf(PostureAssessment assessment) {
        Questionnaire questionnaire = questionnaires.version(assessment.getQuestionnaireVersion());
        Map<String, Integer> answers = answersOf(assessment);
        List<String> postures = switch (String.valueOf(assessment.getProfileClarity())) {
            case "CLEAR" -> List.of(assessment.getProposedPosture());
            case "MIXED" -> List.of(assessment.getProposedPosture(), assessment.getAlternativePosture());
            default -> List.of();
        };
        List<PostureExplanation.DrivingAnswer> driving = new ArrayList<>();
        postures.forEach(posture ->
                driving.addAll(explanation.drivingAnswers(questionnaire, answers, Posture.valueOf(posture))));
        return driving;
    }

    @Transactional(readOnly = true)
    public List<PostureAssessment> assessmentsOf(Long caseId) {
        return assessments.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<PostureAssessment> assessmentsOf(List<Long> caseIds) {
        return assessments.findByCaseIdInOrderByCreatedAtAscIdAsc(caseIds);
    }

    private PostureAssessment get(Long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow();
    }

    private static Map<String, Integer> answersTo(Questionnaire questionnaire, Map<String, Object> rawAnswers) {
        Map<String, Integer> answers = new TreeMap<>();
        for (Questionnaire.Item item : questionnaire.items()) {
            Object value = rawAnswers.get(item.code());
            if (value instanceof Number number) {
                answers.put(item.code(), number.intValue());
            } else if (value != null && value.toString().strip().matches("\\d")) {
                answers.put(item.code(), Integer.parseInt(value.toString().strip()));
            }
        }
        return answers;
    }

    private Map<String, Integer> answersOf(PostureAssessment assessment) {
        return readAnswers(assessment.getAnswers());
    }

    private Map<String, Integer> readAnswers(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers are not readable", e);
        }
    }

    private String toJson(Map<String, Integer> answers) {
        try {
            return objectMapper.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
