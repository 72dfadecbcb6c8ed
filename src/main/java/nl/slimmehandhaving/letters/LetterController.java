package nl.slimmehandhaving.letters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import nl.slimmehandhaving.cases.CaseNotFoundException;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The letters of a case, as HTML and as PDF; other organisations' cases do not exist for the user (404). */
@RestController
@RequestMapping("/api/cases/{caseNumber}/letters")
@Tag(name = "Brieven", description = "Letters sent to the client")
class LetterController {

    record LetterSummary(Long id, String kind, String subject, OffsetDateTime createdAt) {
    }

    private final LetterService letters;
    private final EnforcementCaseService cases;
    private final CurrentUser currentUser;

    LetterController(LetterService letters, EnforcementCaseService cases, CurrentUser currentUser) {
        this.letters = letters;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The letters of the case, oldest first")
    List<LetterSummary> list(@PathVariable String caseNumber) {
        return letters.lettersOf(visibleCase(caseNumber).getId()).stream()
                .map(l -> new LetterSummary(l.getId(), l.getKind().name(), l.getSubject(), l.getCreatedAt()))
                .toList();
    }

    @GetMapping(value = "/{id:\\d+}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "One letter as HTML")
    ResponseEntity<String> html(@PathVariable String caseNumber, @PathVariable Long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(letter(caseNumber, id).getHtml());
    }

    @GetMapping(value = "/{id:\\d+}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "One letter as PDF")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, @PathVariable Long id) {
        Letter letter = letter(caseNumber, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"brief-" + id + ".pdf\"")
                .body(letters.pdf(letter));
    }

    private Letter letter(String caseNumber, Long id) {
        return letters.letterOf(visibleCase(caseNumber).getId(), id)
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    private EnforcementCase visibleCase(String caseNumber) {
        return cases.findVisible(caseNumber, currentUser.tenantIds())
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }
}
