package nl.slimmehandhaving.contact;

import static nl.slimmehandhaving.contact.ContactMoment.Kind.*;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ContactService {

    private final ContactMomentRepository moments;
    private final EnforcementCaseService cases;

    ContactService(ContactMomentRepository moments, EnforcementCaseService cases) {
        this.moments = moments;
        this.cases = cases;
    }

    public void recordInvitation(Long caseId, String channel, String reason) {
        moments.save(new ContactMoment(caseId, INVITATION, channel, reason, null, ContactMoment.SYSTEM));
    }

    public void recordReminder(Long caseId, String channel) {
        moments.save(new ContactMoment(caseId, REMINDER, channel,
                "Herinnering en tweede uitnodiging verstuurd na niet verschijnen", null, ContactMoment.SYSTEM));
    }

    public void recordNoShow(Long caseId) {
        moments.save(new ContactMoment(caseId, NO_SHOW, null,
                "Klant niet verschenen na twee uitnodigingen; de zaak gaat verder op basis van het dossier",
                null, ContactMoment.SYSTEM));
    }

    public void recordConversation(Long caseId, String channel, String summary, String clientExplanation,
                                   boolean violationEstablished, String caseworker) {
        moments.save(new ContactMoment(caseId, CONVERSATION, channel, summary, clientExplanation, caseworker));
        cases.recordViolationFinding(caseId, violationEstablished);
    }

    public void recordFileAssessment(Long caseId, String assessment, boolean violationEstablished, String caseworker) {
        moments.save(new ContactMoment(caseId, FILE_ASSESSMENT, null, assessment, null, caseworker));
        cases.recordViolationFinding(caseId, violationEstablished);
    }

    /**
     * The personal questionnaire link as sent to the client. Until letters are generated, this record is the
     * copy of what was sent, so the caseworker can pass the link on.
     */
    public void recordQuestionnaireLinkSent(Long caseId, OffsetDateTime expiresAt) {
        moments.save(new ContactMoment(caseId, QUESTIONNAIRE_LINK, "LETTER",
                "Persoonlijke link naar de vragenlijst per brief verstuurd, geldig tot "
                        + expiresAt.format(DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")),
                null, ContactMoment.SYSTEM));
    }

    @Transactional(readOnly = true)
    public List<ContactMoment> momentsOf(Long caseId) {
        return moments.findByCaseIdOrderByRecordedAtAscIdAsc(caseId);
    }
}
