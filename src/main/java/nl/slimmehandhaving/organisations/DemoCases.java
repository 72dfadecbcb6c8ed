package nl.slimmehandhaving.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.clients.Bsn;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.profiling.ExampleAnswers;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.profiling.QuestionnaireCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Demo cases at every stage, for each organisation, so that whoever logs into Tasklist right after start
 * sees real work. Runs on the default profile only, once (an empty database), after {@code DemoIdentities}.
 * Cases are walked through the real processes by the demo caseworkers; nothing is written around the engine.
 */
@Component
@Order(OrganisationSetup.DEMO_CASES_ORDER)
@ConditionalOnProperty(name = {"slimmehandhaving.demo-data.enabled", "slimmehandhaving.demo-data.cases"},
        havingValue = "true", matchIfMissing = false)
class DemoCases implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

    private final CaseworkSteps steps;
    private final EnforcementCaseService cases;
    private final QuestionnaireCatalogue questionnaires;
    private int bsnSeed;

    DemoCases(CaseworkSteps steps, EnforcementCaseService cases, QuestionnaireCatalogue questionnaires) {
        this.steps = steps;
        this.cases = cases;
        this.questionnaires = questionnaires;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> organisations = List.of("uwv", "gemeente-groningen", "gemeente-utrecht");
        if (cases.search(organisations, null, null, null, Pageable.ofSize(1)).getTotalElements() > 0) {
            return;
        }
        uwv();
        groningen();
        utrecht();
        LOG.info("Demo cases created for {}", organisations);
    }

    private void uwv() {
        steps.register(signal("uwv", "DEMO-UWV-1", "A. Jansen", "INLICHTINGENBUREAU", "Samenloop met loon uit dienstbetrekking", "61250.00", "PHONE"));
        steps.register(signal("uwv", "DEMO-UWV-2", "M. Bakker", "TIP", "Mogelijk niet gemelde werkzaamheden", "900.00", null));
        String inContact = steps.register(signal("uwv", "DEMO-UWV-3", "S. Visser", "OWN_OBSERVATION", "Sollicitatieplicht niet nagekomen", "0", "EMAIL"));
        steps.assessSignal("anna", inContact, true, null);
        String closed = steps.register(signal("uwv", "DEMO-UWV-4", "R. Smit", "INLICHTINGENBUREAU", "Inkomsten niet gemeld", "2350.00", "PHONE"));
        walkToComplianceCheck("anna", closed, Posture.COMMITMENT, true);
        steps.checkCompliance("anna", closed, true, false);
    }

    private void groningen() {
        steps.register(signal("gemeente-groningen", "DEMO-GRO-1", "L. Mulder", "INLICHTINGENBUREAU", "Kostendelersnorm: nieuwe medebewoner", "3400.00", null));
        String mixed = steps.register(signal("gemeente-groningen", "DEMO-GRO-2", "H. de Groot", "SELF_REPORT", "Zelf gemelde bijverdienste", "180.00", "FACE_TO_FACE"));
        steps.assessSignal("carla", mixed, true, null);
        steps.holdConversation("carla", mixed, true);
        steps.answerQuestionnaire("carla", mixed,
                ExampleAnswers.mixed(questionnaires.current(), Posture.CAPITULATION, Posture.DISENGAGEMENT));
        String rejected = steps.register(signal("gemeente-groningen", "DEMO-GRO-3", "P. Bos", "TIP", "Anonieme tip over samenwonen", "0", null));
        steps.assessSignal("carla", rejected, false, "Tip bevat geen concrete, controleerbare feiten; adres is al eerder onderzocht.");
        String monitoring = steps.register(signal("gemeente-groningen", "DEMO-GRO-4", "E. Vos", "PERIODIC_REVIEW", "Heronderzoek: vermogen boven de grens", "5200.00", "LETTER"));
        walkToComplianceCheck("carla", monitoring, Posture.RESISTANCE, true);
    }

    private void utrecht() {
        steps.register(signal("gemeente-utrecht", "DEMO-UTR-1", "K. Peters", "INLICHTINGENBUREAU", "Uitkering in een andere gemeente", "1450.00", null));
        String choice = steps.register(signal("gemeente-utrecht", "DEMO-UTR-2", "F. Hendriks", "OWN_OBSERVATION", "Afspraken re-integratie niet nagekomen", "0", "VIDEO"));
        steps.assessSignal("eva", choice, true, null);
        steps.holdConversation("eva", choice, false);
        steps.profile("eva", choice, Posture.DISENGAGEMENT);
        String executing = steps.register(signal("gemeente-utrecht", "DEMO-UTR-3", "D. van Dijk", "INLICHTINGENBUREAU", "Detentie gemeld door DJI", "760.00", null));
        steps.assessSignal("eva", executing, true, null);
        steps.holdConversation("eva", executing, true);
        steps.profile("eva", executing, Posture.GAME_PLAYING);
        steps.acceptProposedInstruments("eva", executing);
        String closed = steps.register(signal("gemeente-utrecht", "DEMO-UTR-4", "N. Dekker", "SELF_REPORT", "Zelf gemelde erfenis", "0", "EMAIL"));
        walkToComplianceCheck("eva", closed, Posture.COMMITMENT, false);
        steps.checkCompliance("eva", closed, true, false);
    }

    private void walkToComplianceCheck(String user, String caseNumber, Posture posture, boolean violation) {
        steps.assessSignal(user, caseNumber, true, null);
        steps.holdConversation(user, caseNumber, violation);
        steps.profile(user, caseNumber, posture);
        steps.acceptProposedInstruments(user, caseNumber);
        steps.carryOutInstruments(user, caseNumber);
        steps.monitoringDue(caseNumber);
    }

    private SignalRequest signal(String organisation, String reference, String name, String source, String type,
                                 String amount, String channel) {
        return new SignalRequest(reference, organisation, organisation.equals("uwv") ? "WW" : "BIJSTAND",
                nextDemoBsn(), name, source, type, type + " (demogegevens)", new BigDecimal(amount),
                LocalDate.now().minusDays(7), channel);
    }

    /** Fictitious numbers from the 9000000xx range that pass the 11-proof. */
    private String nextDemoBsn() {
        while (true) {
            String candidate = String.valueOf(900_000_000 + bsnSeed++);
            if (Bsn.isValid(candidate)) {
                return candidate;
            }
        }
    }
}
