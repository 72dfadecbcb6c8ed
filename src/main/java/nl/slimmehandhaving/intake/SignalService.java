package nl.slimmehandhaving.intake;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.*;

import java.util.Optional;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.cases.PyramidLevel;
import nl.slimmehandhaving.clients.Bsn;
import nl.slimmehandhaving.clients.Client;
import nl.slimmehandhaving.clients.ClientService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a signal: the client, the case, the signal and the started process in one transaction,
 * so a failure anywhere leaves nothing behind.
 */
@Service
public class SignalService {

    private final SignalRepository signals;
    private final ClientService clients;
    private final EnforcementCaseService cases;
    private final RuntimeService runtimeService;

    SignalService(SignalRepository signals, ClientService clients, EnforcementCaseService cases, RuntimeService runtimeService) {
        this.signals = signals;
        this.clients = clients;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public SignalRegistration register(SignalRequest request) {
        Optional<SignalRegistration> earlier = findEarlier(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Client client = clients.findOrRegister(request.organisation(), Bsn.of(request.bsn()),
                request.clientName(), request.preferredChannel());
        EnforcementCase enforcementCase = cases.open(request.organisation(), client.getId(), request.benefitType());
        signals.saveAndFlush(new Signal(enforcementCase.getId(), request));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(enforcementCase.getCaseNumber())
                .setVariables(Variables.createVariables()
                        .putValue(CASE_ID, enforcementCase.getId())
                        .putValue(CASE_NUMBER, enforcementCase.getCaseNumber())
                        .putValue(ORGANISATION, request.organisation())
                        .putValue(BENEFIT_TYPE, request.benefitType())
                        .putValue(SIGNAL_SOURCE, request.source())
                        .putValue(ESTIMATED_AMOUNT, request.estimatedAmount() == null ? 0.0 : request.estimatedAmount().doubleValue())
                        .putValue(PREFERRED_CHANNEL, client.getPreferredChannel())
                        .putValue(PYRAMID_LEVEL, PyramidLevel.LOWEST))
                .execute();
        cases.linkProcessInstance(enforcementCase.getId(), instance.getId());
        return new SignalRegistration(enforcementCase.getCaseNumber(), false);
    }

    @Transactional(readOnly = true)
    public Optional<SignalRegistration> findEarlier(SignalRequest request) {
        return signals.findByOrganisationAndExternalReference(request.organisation(), request.externalReference())
                .map(signal -> new SignalRegistration(cases.get(signal.getCaseId()).getCaseNumber(), true));
    }

    @Transactional
    public void recordAssessment(Long caseId, boolean substantiated, String reason, String caseworker) {
        signals.findByCaseId(caseId).forEach(signal -> signal.recordAssessment(reason, caseworker));
        cases.recordSignalAssessment(caseId, substantiated);
    }

    @Transactional(readOnly = true)
    public java.util.List<Signal> signalsOf(Long caseId) {
        return signals.findByCaseId(caseId);
    }
}
