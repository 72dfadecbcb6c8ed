package nl.slimmehandhaving.sanctions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.slimmehandhaving.cases.CaseNotFoundException;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The client's view and objection, registered by a caseworker of the case's organisation. */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Sanctieprocedure", description = "The client's view (zienswijze) and objection (bezwaar)")
class ClientResponseController {

    record ClientResponse(@NotBlank(message = "vul de tekst in / enter the text")
                          @Size(max = 8000, message = "hoogstens 8000 tekens / at most 8000 characters") String text) {
    }

    record Received(String caseNumber, String status) {
    }

    private final ClientResponseService responses;
    private final EnforcementCaseService cases;
    private final CurrentUser currentUser;

    ClientResponseController(ClientResponseService responses, EnforcementCaseService cases, CurrentUser currentUser) {
        this.responses = responses;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @PostMapping("/view")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Register the client's view on the notice of intent")
    Received view(@PathVariable String caseNumber, @Valid @RequestBody ClientResponse body) {
        requireCaseworker(caseNumber);
        SanctionCase sanction = responses.receiveView(caseNumber, body.text().strip(), currentUser.tenantIds());
        return new Received(caseNumber, sanction.getStatus().name());
    }

    @PostMapping("/objection")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Register the client's objection to the decision")
    Received objection(@PathVariable String caseNumber, @Valid @RequestBody ClientResponse body) {
        requireCaseworker(caseNumber);
        SanctionCase sanction = responses.receiveObjection(caseNumber, body.text().strip(), currentUser.tenantIds());
        return new Received(caseNumber, sanction.getStatus().name());
    }

    @ExceptionHandler(NotAwaitingException.class)
    ProblemDetail notAwaiting(NotAwaitingException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Niet verwacht / Not expected now");
        return problem;
    }

    /** Only caseworkers of the case's organisation register what the client sent; others do not see the case. */
    private void requireCaseworker(String caseNumber) {
        cases.findVisible(caseNumber, currentUser.tenantIds())
                .filter(c -> currentUser.isCaseworkerOf(c.getOrganisation()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }
}
