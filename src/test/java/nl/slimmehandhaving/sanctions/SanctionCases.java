package nl.slimmehandhaving.sanctions;

import java.util.List;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.profiling.Posture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Brings test cases to the start of the sanction procedure, and provides a second senior caseworker. */
final class SanctionCases {

    static final String ORGANISATION = "gemeente-groningen";
    static final String CARLA = "carla";
    static final String DAAN = "daan";
    /** A second senior of Groningen, created for the four-eyes tests. */
    static final String GIJS = "gijs";

    private SanctionCases() {
    }

    static void ensureSecondSenior(IdentityService identityService) {
        if (identityService.createUserQuery().userId(GIJS).count() == 0) {
            User user = identityService.newUser(GIJS);
            user.setFirstName("Gijs");
            user.setLastName("Test");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(GIJS, ORGANISATION + "-handhavers");
            identityService.createMembership(GIJS, ORGANISATION + "-senior-handhavers");
        }
    }

    static SignalRequest signalFor(String bsn) {
        SignalRequest template = TestSignals.signal(ORGANISATION);
        return new SignalRequest(template.externalReference(), template.organisation(), template.benefitType(), bsn,
                template.clientName(), template.source(), template.signalType(), template.description(),
                template.estimatedAmount(), template.receivedOn(), template.preferredChannel());
    }

    /** From a registered signal to an open "Feiten en verwijtbaarheid vaststellen", sanction procedure only. */
    static String untilFacts(CaseworkSteps steps, String user, SignalRequest signal, Posture posture) {
        String caseNumber = steps.register(signal);
        steps.assessSignal(user, caseNumber, true, null);
        steps.holdConversation(user, caseNumber, true);
        steps.profile(user, caseNumber, posture);
        steps.chooseInstruments(user, caseNumber, List.of("SANCTION_PROCEDURE"),
                "Alleen de sanctieprocedure voor deze test.");
        return caseNumber;
    }
}
