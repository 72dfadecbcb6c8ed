package nl.slimmehandhaving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.profiling.Posture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** History cleanup is configured and effective; the domain data of closed cases is anonymised after retention. */
class RetentionTest extends PostgresIntegrationTest {

    private static final int SHORT_RETENTION_DAYS = 30;

    @Autowired
    CaseworkSteps steps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void historyCleanupIsRemovalTimeBasedInANightlyWindowAndEveryInstanceHasARemovalTime() {
        assertThat(engineConfiguration.getHistoryCleanupStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engineConfiguration.getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        assertThat(historyService.findHistoryCleanupJobs()).as("cleanup job scheduled for the window").isNotEmpty();

        String caseNumber = steps.register(TestSignals.signal("uwv"));
        steps.assessSignal("anna", caseNumber, false, "Geen aanwijzing voor een overtreding.");
        var instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .list();
        HistoricProcessInstance root = instances.stream().filter(i -> i.getSuperProcessInstanceId() == null)
                .findFirst().orElseThrow();
        assertThat(root.getEndTime()).as("case closed").isNotNull();
        Instant removal = root.getEndTime().toInstant().plus(Duration.ofDays(2555));
        assertThat(instances).hasSizeGreaterThan(1);
        for (HistoricProcessInstance instance : instances) {
            assertThat(instance.getRemovalTime().toInstant()).as(instance.getProcessDefinitionKey() + " removal time")
                    .isEqualTo(removal);
        }
        assertThat(historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(instances.get(0).getId()).list())
                .allSatisfy(d -> assertThat(d.getRemovalTime()).isNotNull());
    }

    @Test
    void closedCasesPastRetentionAreAnonymisedOthersAreNot() {
        String expired = closedCase("gemeente-utrecht", "eva");
        String recent = closedCase("gemeente-utrecht", "eva");
        closedDaysAgo(expired, SHORT_RETENTION_DAYS + 1);
        closedDaysAgo(recent, SHORT_RETENTION_DAYS - 1);

        CaseAnonymisationJob job = new CaseAnonymisationJob(jdbc,
                new RetentionProperties(SHORT_RETENTION_DAYS, "-"));
        assertThat(job.anonymiseExpiredCases()).contains(expired).doesNotContain(recent);

        Map<String, Object> client = clientOf(expired);
        assertThat(client.get("name")).isEqualTo(CaseAnonymisationJob.ANONYMISED_NAME);
        assertThat(client.get("bsn_masked")).isEqualTo("*********");
        assertThat((String) client.get("bsn_hash")).startsWith("anon-");
        assertThat(jdbc.queryForObject("select count(*) from contact_moment m join enforcement_case c"
                + " on c.id = m.case_id where c.case_number = ? and (m.summary is not null"
                + " or m.client_explanation is not null)", Integer.class, expired)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from signal s join enforcement_case c on c.id = s.case_id"
                + " where c.case_number = ? and (s.description is not null or s.assessment_reason is not null)",
                Integer.class, expired)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from instrument_execution e join enforcement_case c"
                + " on c.id = e.case_id where c.case_number = ? and e.notes is not null", Integer.class, expired)).isZero();
        assertThat(jdbc.queryForObject("select outcome from case_outcome o join enforcement_case c on c.id = o.case_id"
                + " where c.case_number = ?", String.class, expired)).as("outcome kept").isEqualTo("NO_VIOLATION");
        assertThat(jdbc.queryForObject("select anonymised_at from enforcement_case where case_number = ?",
                Timestamp.class, expired)).isNotNull();

        Map<String, Object> recentClient = clientOf(recent);
        assertThat(recentClient.get("name")).isEqualTo("J. de Vries");
        assertThat((String) recentClient.get("bsn_hash")).doesNotStartWith("anon-");
        assertThat(jdbc.queryForObject("select count(*) from contact_moment m join enforcement_case c"
                + " on c.id = m.case_id where c.case_number = ? and m.summary is not null", Integer.class, recent))
                .isPositive();

        assertThat(job.anonymiseExpiredCases()).as("second run: nothing left to do").doesNotContain(expired, recent);
    }

    private String closedCase(String organisation, String user) {
        String caseNumber = steps.untilComplianceCheck(TestSignals.signal(organisation), user, Posture.COMMITMENT, false);
        steps.checkCompliance(user, caseNumber, true, false);
        return caseNumber;
    }

    private void closedDaysAgo(String caseNumber, int days) {
        jdbc.update("update enforcement_case set closed_at = ? where case_number = ?",
                Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), caseNumber);
    }

    private Map<String, Object> clientOf(String caseNumber) {
        return jdbc.queryForMap("select cl.name, cl.bsn_masked, cl.bsn_hash from client cl join enforcement_case c"
                + " on c.client_id = cl.id where c.case_number = ?", caseNumber);
    }
}
