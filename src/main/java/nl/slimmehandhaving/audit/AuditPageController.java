package nl.slimmehandhaving.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.slimmehandhaving.cases.CaseOutcome;
import nl.slimmehandhaving.sanctions.Sanction;
import nl.slimmehandhaving.organisations.Organisation;
import nl.slimmehandhaving.security.CurrentUser;
import nl.slimmehandhaving.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The auditor's read-only pages (only {@code auditors} and {@code camunda-admin}, see SecurityConfiguration):
 * search, the case page with timeline, diagrams and view log, and the CSV and PDF exports. Every view of a case
 * is written to the view log.
 */
@Controller
@RequestMapping("/audit")
class AuditPageController {

    private final AuditTimelineService timelines;
    private final AuditCaseSearch search;
    private final AuditViewLog viewLog;
    private final TimelineExport export;
    private final CaseDiagrams diagrams;
    private final CurrentUser currentUser;

    AuditPageController(AuditTimelineService timelines, AuditCaseSearch search, AuditViewLog viewLog,
                        TimelineExport export, CaseDiagrams diagrams, CurrentUser currentUser) {
        this.timelines = timelines;
        this.search = search;
        this.viewLog = viewLog;
        this.export = export;
        this.diagrams = diagrams;
        this.currentUser = currentUser;
    }

    @GetMapping
    String search(@RequestParam(required = false) String caseNumber,
                  @RequestParam(required = false) String organisation,
                  @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to,
                  @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String sanction,
                  Model model) {
        AuditCaseSearch.Criteria criteria = new AuditCaseSearch.Criteria(blankToNull(caseNumber),
                known(organisation, "organisation", currentUser.organisations().stream()
                        .map(Organisation::tenantId).toList()),
                date(from, "from"), date(to, "to"),
                known(outcome, "outcome", List.of(CaseOutcome.values()).stream().map(Enum::name).toList()),
                known(sanction, "sanction", List.of(Sanction.values()).stream().map(Enum::name).toList()));
        model.addAttribute("criteria", criteria);
        model.addAttribute("organisations", currentUser.organisations());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("sanctions", Sanction.values());
        model.addAttribute("hits", search.search(criteria, currentUser.tenantIds()));
        model.addAttribute("limit", AuditCaseSearch.LIMIT);
        model.addAttribute("time", TimelineExport.TIME);
        return "audit/search";
    }

    @GetMapping("/cases/{caseNumber}")
    String casePage(@PathVariable String caseNumber, Model model) {
        CaseTimeline timeline = timelines.timelineOf(caseNumber);
        viewLog.record(timeline.caseNumber(), currentUser.userId(), AuditViewLog.ViewKind.PAGE);
        model.addAttribute("timeline", timeline);
        model.addAttribute("hash", export.sha256(timeline));
        model.addAttribute("views", viewLog.viewsOf(timeline.caseNumber()));
        model.addAttribute("time", TimelineExport.TIME);
        return "audit/case";
    }

    @GetMapping(value = "/cases/{caseNumber}/diagrams", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CaseDiagrams.Diagrams diagrams(@PathVariable String caseNumber) {
        return diagrams.of(timelines.timelineOf(caseNumber));
    }

    @GetMapping("/cases/{caseNumber}/timeline.csv")
    ResponseEntity<byte[]> csv(@PathVariable String caseNumber) {
        CaseTimeline timeline = timelines.timelineOf(caseNumber);
        viewLog.record(timeline.caseNumber(), currentUser.userId(), AuditViewLog.ViewKind.CSV);
        return download(export.csv(timeline), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "audittrail-" + timeline.caseNumber() + ".csv", export.sha256(timeline));
    }

    @GetMapping("/cases/{caseNumber}/timeline.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber) {
        CaseTimeline timeline = timelines.timelineOf(caseNumber);
        viewLog.record(timeline.caseNumber(), currentUser.userId(), AuditViewLog.ViewKind.PDF);
        return download(export.pdf(timeline, currentUser.userId()), MediaType.APPLICATION_PDF,
                "audittrail-" + timeline.caseNumber() + ".pdf", export.sha256(timeline));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName, String sha256) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .header("X-Timeline-SHA256", sha256)
                .body(body);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String known(String value, String field, List<String> allowed) {
        String v = blankToNull(value);
        if (v != null && !allowed.contains(v)) {
            throw new InvalidInputException(field, "onbekende waarde / unknown value");
        }
        return v;
    }

    private static LocalDate date(String value, String field) {
        String v = blankToNull(value);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "datum als jjjj-mm-dd / date as yyyy-mm-dd");
        }
    }
}
