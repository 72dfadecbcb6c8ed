package nl.slimmehandhaving.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.security.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A caseworker's own work in the real Tasklist: filter, claim, Camunda Form, complete. */
class CaseworkerTasklistE2E extends BrowserTest {

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;

    @Test
    void carlaAssessesASignalOfHerOwnOrganisationOnly() {
        String groningen = steps.register(TestSignals.signal("gemeente-groningen"));
        String utrecht = steps.register(TestSignals.signal("gemeente-utrecht"));

        Tasklist tasklist = tasklist().logIn("carla", "demo").openFilter("Taken van mijn team");
        tasklist.openTask(groningen, "Signaal beoordelen");
        assertThat(tasklist.tasksOfCase(utrecht)).isEmpty();

        tasklist.claim()
                .check("Field_signalSubstantiated")
                .type("Field_triageReason", "Inkomsten uit het Inlichtingenbureau wijken af van de opgave.")
                .complete()
                .waitUntilTaskGone(groningen);
        caseworker.runJobs(groningen);

        assertThat(caseworker.openTaskKeys(groningen)).doesNotContain("Task_AssessSignal");
        assertThat(new HttpProbe(port).get("/api/cases/" + groningen, "carla").json().path("summary").path("stage").asText())
                .isEqualTo("CONTACT");
    }
}
