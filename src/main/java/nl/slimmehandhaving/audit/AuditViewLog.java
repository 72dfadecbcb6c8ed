package nl.slimmehandhaving.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who looked at which case when (table {@code audit_view}); append-only. */
@Component
public class AuditViewLog {

    /** How the case was looked at. */
    public enum ViewKind { PAGE, API, CSV, PDF }

    public record View(String caseNumber, String viewedBy, ViewKind kind, OffsetDateTime viewedAt) {
    }

    private final JdbcTemplate jdbc;

    AuditViewLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String caseNumber, String userId, ViewKind kind) {
        jdbc.update("insert into audit_view (case_number, viewed_by, view_kind, viewed_at) values (?, ?, ?, ?)",
                caseNumber, userId, kind.name(), Timestamp.from(Instant.now()));
    }

    /** Views of the case, newest first. */
    public List<View> viewsOf(String caseNumber) {
        return jdbc.query("select case_number, viewed_by, view_kind, viewed_at from audit_view where case_number = ?"
                        + " order by viewed_at desc, id desc",
                (rs, row) -> new View(rs.getString(1), rs.getString(2), ViewKind.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class)),
                caseNumber);
    }
}
