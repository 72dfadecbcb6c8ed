package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.sanctions.SanctionVariables.*;

import java.util.Collection;
import nl.slimmehandhaving.cases.CaseNotFoundException;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's view (zienswijze) and objection (bezwaar) as they arrive through the API: stored with the
 * sanction case, then the waiting procedure is woken by its message. The API has checked organisation and
 * role; the correlation itself runs as the application, because caseworkers have no general right to change
 * process instances through the engine.
 */
@Service
@Transactional
public class ClientResponseService {

    private final EnforcementCaseService cases;
    private final SanctionService sanctions;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    ClientResponseService(EnforcementCaseService cases, SanctionService sanctions, RuntimeService runtimeService,
                          IdentityService identityService) {
        this.cases = cases;
        this.sanctions = sanctions;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    public SanctionCase receiveView(String caseNumber, String view, Collection<String> organisations) {
        EnforcementCase enforcementCase = visible(caseNumber, organisations);
        SanctionCase sanction = sanctions.receiveView(enforcementCase, view);
        correlate(enforcementCase, MSG_VIEW_RECEIVED, VIEW_RECEIVED);
        return sanction;
    }

    public SanctionCase receiveObjection(String caseNumber, String objection, Collection<String> organisations) {
        EnforcementCase enforcementCase = visible(caseNumber, organisations);
        SanctionCase sanction = sanctions.receiveObjection(enforcementCase, objection);
        correlate(enforcementCase, MSG_OBJECTION_RECEIVED, "objectionReceived");
        return sanction;
    }

    private EnforcementCase visible(String caseNumber, Collection<String> organisations) {
        return cases.findVisible(caseNumber, organisations).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    private void correlate(EnforcementCase enforcementCase, String message, String flag) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            long waiting = runtimeService.createEventSubscriptionQuery().eventName(message)
                    .tenantIdIn(enforcementCase.getOrganisation()).list().stream()
                    .filter(s -> enforcementCase.getCaseNumber().equals(businessKey(s.getProcessInstanceId())))
                    .count();
            if (waiting != 1) {
                throw new NotAwaitingException("Deze zaak wacht hier nu niet op. / This case is not waiting for it.");
            }
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(enforcementCase.getCaseNumber())
                    .tenantId(enforcementCase.getOrganisation())
                    .setVariable(flag, true)
                    .correlate();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }

    private String businessKey(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }
}
