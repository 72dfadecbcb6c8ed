package nl.slimmehandhaving.sanctions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.slimmehandhaving.cases.CaseNotFoundException;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.letters.LetterKind;
import nl.slimmehandhaving.letters.LetterService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sanction procedure's state and rules; the process and the API move it along through this service. */
@Service
@Transactional
public class SanctionService {

    static final int REPEAT_OFFENCE_YEARS = 5;
    static final int WARNING_YEARS = 2;

    private final SanctionCaseRepository sanctions;
    private final EnforcementCaseService cases;
    private final LetterService letters;

    SanctionService(SanctionCaseRepository sanctions, EnforcementCaseService cases, LetterService letters) {
        this.sanctions = sanctions;
        this.cases = cases;
        this.letters = letters;
    }

    /** Records the facts; repeat offence and an earlier warning come from the client's final decisions. */
    public SanctionCase establishFacts(Long caseId, Facts facts, String caseworker) {
        if (facts.overpaymentAmount() == null || facts.overpaymentAmount().signum() < 0) {
            throw new BadUserRequestException("Vul het benadelingsbedrag in (0 of meer euro). "
                    + "/ Enter the overpayment (0 or more euro).");
        }
        if (!Culpability.isKnown(facts.culpability())) {
            throw new BadUserRequestException("Kies de verwijtbaarheid. / Choose the culpability.");
        }
        if (facts.culpabilityReasoning() == null) {
            throw new BadUserRequestException("Schrijf op waarom u deze verwijtbaarheid vaststelt. "
                    + "/ Write down why you establish this culpability.");
        }
        Long clientId = cases.get(caseId).getClientId();
        OffsetDateTime now = OffsetDateTime.now();
        boolean repeatOffence = sanctions.existsByClientIdAndStatusAndSanctionAndFinalAtAfter(clientId,
                SanctionStatus.FINAL, Sanction.FINE.name(), now.minusYears(REPEAT_OFFENCE_YEARS));
        boolean warning = sanctions.existsByClientIdAndStatusAndSanctionAndFinalAtAfter(clientId,
                SanctionStatus.FINAL, Sanction.WARNING.name(), now.minusYears(WARNING_YEARS));
        Facts rounded = new Facts(facts.overpaymentAmount().setScale(2, RoundingMode.HALF_UP), facts.culpability(),
                facts.culpabilityReasoning(), facts.selfReported(), facts.urgentReasons(), facts.limitedMeansToPay());
        return sanctions.save(new SanctionCase(caseId, clientId, rounded, repeatOffence, warning, caseworker));
    }

    /** Stores what SanctionDecision proposed (its single result: sanction, finePercentage, fineAmount, explanation). */
    public SanctionCase recordProposal(Long sanctionCaseId, Map<String, Object> result) {
        SanctionCase sanction = get(sanctionCaseId);
        sanction.recordProposal((String) result.get("sanction"), amount(result.get("fineAmount")),
                (String) result.get("explanation"));
        return sanction;
    }

    /** The caseworker's decision; anything other than the proposal needs a reason (weighing of circumstances). */
    public SanctionCase decide(Long sanctionCaseId, String sanctionCode, BigDecimal fineAmount, String reason,
                               String caseworker) {
        if (!Sanction.isKnown(sanctionCode)) {
            throw new BadUserRequestException("Kies een sanctie. / Choose a sanction.");
        }
        SanctionCase sanction = get(sanctionCaseId);
        BigDecimal fine = Sanction.FINE.name().equals(sanctionCode) ? fineAmount : BigDecimal.ZERO;
        if (Sanction.FINE.name().equals(sanctionCode) && (fine == null || fine.signum() <= 0)) {
            throw new BadUserRequestException("Vul het boetebedrag in. / Enter the fine amount.");
        }
        boolean deviates = !sanctionCode.equals(sanction.getProposedSanction())
                || fine.compareTo(Optional.ofNullable(sanction.getProposedFineAmount()).orElse(BigDecimal.ZERO)) != 0;
        if (deviates && reason == null) {
            throw new BadUserRequestException("U wijkt af van het voorstel: schrijf op waarom (de wet vraagt een "
                    + "afweging van de omstandigheden). / You deviate from the proposal: write down why.");
        }
        sanction.decide(sanctionCode, fine.setScale(2, RoundingMode.HALF_UP), deviates ? reason : null, caseworker);
        return sanction;
    }

    public void recordCall(Long sanctionCaseId, String summary) {
        get(sanctionCaseId).recordCall(summary);
    }

    public void prepareProsecutionFile(Long sanctionCaseId, String notes) {
        get(sanctionCaseId).prepareProsecutionFile(notes);
    }

    /** One line for the case's instrument record, set as {@code executionNotes} when the procedure ends. */
    @Transactional(readOnly = true)
    public String summary(Long sanctionCaseId) {
        SanctionCase s = get(sanctionCaseId);
        return "Sanctieprocedure: " + Sanction.valueOf(s.getSanction()).dutch()
                + (Sanction.FINE.name().equals(s.getSanction()) ? " van " + nl.slimmehandhaving.letters.Money.format(s.getFineAmount()) : "")
                + (s.hasRecovery() ? "; terugvordering " + nl.slimmehandhaving.letters.Money.format(s.getOverpaymentAmount()) : "")
                + "; status " + s.getStatus();
    }

    public void sendNoticeOfIntent(Long sanctionCaseId) {
        SanctionCase sanction = get(sanctionCaseId);
        letters.write(sanction.getCaseId(), LetterKind.NOTICE_OF_INTENT, SanctionWording.noticeOfIntent(sanction));
    }

    /** The client's view arrived; refused unless the procedure waits for it. */
    public SanctionCase receiveView(EnforcementCase enforcementCase, String view) {
        SanctionCase sanction = latest(enforcementCase)
                .filter(s -> s.getStatus() == SanctionStatus.AWAITING_VIEW)
                .orElseThrow(() -> new NotAwaitingException("Deze zaak wacht niet op een zienswijze. "
                        + "/ This case is not waiting for a view."));
        sanction.receiveView(view);
        return sanction;
    }

    public void viewPeriodEnded(Long sanctionCaseId) {
        get(sanctionCaseId).viewPeriodEnded();
    }

    public void weighView(Long sanctionCaseId, String weighing, String caseworker) {
        get(sanctionCaseId).weighView(weighing, caseworker);
    }

    /** Four eyes: whoever prepared or weighed the decision may not approve it. */
    public void requireSecondPair(Long sanctionCaseId, String user) {
        if (get(sanctionCaseId).isPreparedBy(user)) {
            throw new BadUserRequestException("Vier ogen: u heeft dit besluit zelf voorbereid. Een andere senior "
                    + "handhaver moet het goedkeuren. / Four eyes: you prepared this decision; another senior "
                    + "caseworker must approve it.");
        }
    }

    public void approve(Long sanctionCaseId, String senior) {
        requireSecondPair(sanctionCaseId, senior);
        get(sanctionCaseId).approve(senior);
    }

    public void reject(Long sanctionCaseId, String senior, String reason) {
        requireSecondPair(sanctionCaseId, senior);
        if (reason == null) {
            throw new BadUserRequestException("Schrijf op waarom u het besluit niet goedkeurt. "
                    + "/ Write down why you do not approve the decision.");
        }
        get(sanctionCaseId).reject(reason);
    }

    public void sendDecision(Long sanctionCaseId) {
        SanctionCase sanction = get(sanctionCaseId);
        LetterKind kind = Sanction.WARNING.name().equals(sanction.getSanction()) ? LetterKind.WARNING : LetterKind.DECISION;
        letters.write(sanction.getCaseId(), kind, SanctionWording.decision(sanction));
        sanction.decisionSent();
    }

    public SanctionCase receiveObjection(EnforcementCase enforcementCase, String objection) {
        SanctionCase sanction = latest(enforcementCase)
                .filter(s -> s.getStatus() == SanctionStatus.AWAITING_OBJECTION)
                .orElseThrow(() -> new NotAwaitingException("Deze zaak wacht niet op een bezwaar. "
                        + "/ This case is not waiting for an objection."));
        sanction.receiveObjection(objection);
        return sanction;
    }

    public void decideObjection(Long sanctionCaseId, boolean upheld, String reasoning) {
        get(sanctionCaseId).decideObjection(upheld, reasoning);
    }

    public void becomeFinal(Long sanctionCaseId) {
        get(sanctionCaseId).becomeFinal();
    }

    @Transactional(readOnly = true)
    public SanctionCase get(Long sanctionCaseId) {
        return sanctions.findById(sanctionCaseId)
                .orElseThrow(() -> new IllegalStateException("No sanction case with id " + sanctionCaseId));
    }

    @Transactional(readOnly = true)
    public List<SanctionCase> sanctionsOf(Long caseId) {
        return sanctions.findByCaseIdOrderByIdAsc(caseId);
    }

    private Optional<SanctionCase> latest(EnforcementCase enforcementCase) {
        if (enforcementCase == null) {
            throw new CaseNotFoundException("?");
        }
        return sanctions.findFirstByCaseIdOrderByIdDesc(enforcementCase.getId());
    }

    private static BigDecimal amount(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ZERO;
    }
}
