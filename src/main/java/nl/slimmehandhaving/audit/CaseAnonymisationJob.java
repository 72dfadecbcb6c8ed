package nl.slimmehandhaving.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises the personal data of cases closed longer than the retention period ago, so our tables follow the
 * history time-to-live of the process models (Camunda's history cleanup removes the engine history then).
 * What stays is what an aggregate audit needs: case number, organisation, dates, stages, postures, pyramid levels,
 * instruments, outcome. What goes: the client's name and BSN (masked and keyed hash) and every free text. A client
 * is only anonymised when none of their cases is still open or within retention.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class CaseAnonymisationJob {

    public static final String ANONYMISED_NAME = "geanonimiseerd";
    static final String ANONYMISED_BSN = "*********";

    private static final Logger LOG = LoggerFactory.getLogger(CaseAnonymisationJob.class);

    /** Free-text columns per table, blanked for anonymised cases. */
    private static final List<String> BLANKING = List.of(
            "update signal set description = null, assessment_reason = null where case_id = ?",
            "update contact_moment set summary = null, client_explanation = null where case_id = ?",
            "update posture_assessment set override_reason = null where case_id = ?",
            "update instrument_decision set change_reason = null where case_id = ?",
            "update instrument_execution set notes = null where case_id = ?",
            "update compliance_check set notes = null where case_id = ?");

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;

    CaseAnonymisationJob(JdbcTemplate jdbc, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** Runs on {@code slimmehandhaving.retention.cron}; returns the case numbers anonymised. */
    @Scheduled(cron = "${slimmehandhaving.retention.cron}")
    @Transactional
    public List<String> anonymiseExpiredCases() {
        Instant now = Instant.now();
        Timestamp closedBefore = Timestamp.from(now.minus(Duration.ofDays(retention.days())));
        List<Case> expired = jdbc.query("select id, case_number, client_id from enforcement_case"
                        + " where status = 'CLOSED' and closed_at < ? and anonymised_at is null order by id",
                (rs, row) -> new Case(rs.getLong(1), rs.getString(2), rs.getLong(3)), closedBefore);
        for (Case c : expired) {
            BLANKING.forEach(sql -> jdbc.update(sql, c.id()));
            jdbc.update("update enforcement_case set anonymised_at = ? where id = ?", Timestamp.from(now), c.id());
            anonymiseClientIfNoCaseNeedsIt(c.clientId(), closedBefore);
        }
        if (!expired.isEmpty()) {
            LOG.info("Anonymised {} cases closed before {}", expired.size(), closedBefore.toInstant());
        }
        return expired.stream().map(Case::caseNumber).toList();
    }

    private void anonymiseClientIfNoCaseNeedsIt(long clientId, Timestamp closedBefore) {
        Integer stillNeeded = jdbc.queryForObject("select count(*) from enforcement_case where client_id = ?"
                + " and (status <> 'CLOSED' or closed_at is null or closed_at >= ?)", Integer.class, clientId, closedBefore);
        if (stillNeeded != null && stillNeeded == 0) {
            jdbc.update("update client set name = ?, bsn_masked = ?, bsn_hash = ?, preferred_channel = null"
                    + " where id = ?", ANONYMISED_NAME, ANONYMISED_BSN, "anon-" + clientId, clientId);
        }
    }

    private record Case(long id, String caseNumber, long clientId) {
    }
}
