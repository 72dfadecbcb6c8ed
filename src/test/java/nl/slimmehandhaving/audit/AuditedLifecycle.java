package nl.slimmehandhaving.audit;

import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.profiling.Posture;

/**
 * One closed case of gemeente-groningen, driven through the whole lifecycle by carla once per test JVM: signal,
 * assessment, conversation, questionnaire favouring commitment, posture overridden to capitulation with a reason,
 * proposed instruments accepted and carried out, monitoring timer, compliant.
 */
final class AuditedLifecycle {

    static final String ORGANISATION = "gemeente-groningen";
    static final String CASEWORKER = "carla";
    static final String OVERRIDE_REASON = "Klant overziet de regels niet en vraagt zelf om hulp bij het melden.";

    private static String caseNumber;

    private AuditedLifecycle() {
    }

    static synchronized String closedCase(CaseworkSteps steps) {
        if (caseNumber == null) {
            String n = steps.register(TestSignals.signal(ORGANISATION));
            steps.assessSignal(CASEWORKER, n, true, "Polisadministratie toont loon dat niet is gemeld.");
            steps.holdConversation(CASEWORKER, n, true);
            steps.answerQuestionnaireFavouring(CASEWORKER, n, Posture.COMMITMENT);
            steps.confirmPosture(CASEWORKER, n, Posture.CAPITULATION.name(), OVERRIDE_REASON);
            steps.acceptProposedInstruments(CASEWORKER, n);
            steps.carryOutInstruments(CASEWORKER, n);
            steps.monitoringDue(n);
            steps.checkCompliance(CASEWORKER, n, true, false);
            caseNumber = n;
        }
        return caseNumber;
    }
}
