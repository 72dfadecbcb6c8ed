package nl.slimmehandhaving.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds cases for the auditor by number, organisation, period (opened), outcome and sanction, within their
 * organisations.
 */
@Component
class AuditCaseSearch {

    static final int LIMIT = 200;

    record Criteria(String caseNumber, String organisation, LocalDate from, LocalDate to, String outcome,
                    String sanction) {
    }

    record Hit(String caseNumber, String organisation, String status, String outcome, String sanction,
               OffsetDateTime openedAt, OffsetDateTime closedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AuditCaseSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Hit> search(Criteria criteria, Collection<String> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>(List.of("c.organisation in (:organisations)"));
        MapSqlParameterSource params = new MapSqlParameterSource("organisations", organisations);
        if (criteria.caseNumber() != null) {
            where.add("c.case_number = :caseNumber");
            params.addValue("caseNumber", criteria.caseNumber());
        }
        if (criteria.organisation() != null) {
            where.add("c.organisation = :organisation");
            params.addValue("organisation", criteria.organisation());
        }
        if (criteria.from() != null) {
            where.add("c.opened_at >= :from");
            params.addValue("from", Timestamp.valueOf(criteria.from().atStartOfDay()));
        }
        if (criteria.to() != null) {
            where.add("c.opened_at < :to");
            params.addValue("to", Timestamp.valueOf(criteria.to().plusDays(1).atStartOfDay()));
        }
        if (criteria.outcome() != null) {
            where.add("o.outcome = :outcome");
            params.addValue("outcome", criteria.outcome());
        }
        if (criteria.sanction() != null) {
            where.add("exists (select 1 from sanction_case s where s.case_id = c.id and s.sanction = :sanction)");
            params.addValue("sanction", criteria.sanction());
        }
        params.addValue("limit", LIMIT);
        String sql = "select c.case_number, c.organisation, c.status, o.outcome,"
                + " (select max(s.sanction) from sanction_case s where s.case_id = c.id), c.opened_at, c.closed_at"
                + " from enforcement_case c left join case_outcome o on o.case_id = c.id where "
                + String.join(" and ", where) + " order by c.opened_at desc, c.id desc limit :limit";
        return jdbc.query(sql, params, (rs, row) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class)));
    }
}
