package nl.slimmehandhaving.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.slimmehandhaving.cases.CaseStage;
import nl.slimmehandhaving.cases.CaseStatus;
import nl.slimmehandhaving.security.CurrentUser;
import nl.slimmehandhaving.web.ForbiddenActionException;
import nl.slimmehandhaving.web.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases of the organisations the user works for; other organisations' cases do not exist for them (404). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Zaken", description = "Enforcement cases")
class CaseController {

    private static final int MAX_PAGE_SIZE = 100;

    private final CaseFileService caseFiles;
    private final CurrentUser currentUser;

    CaseController(CaseFileService caseFiles, CurrentUser currentUser) {
        this.caseFiles = caseFiles;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List cases, filtered by status, stage and posture, newest first")
    Page<CaseSummary> list(@RequestParam(required = false) String status,
                           @RequestParam(required = false) String stage,
                           @RequestParam(required = false) String posture,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        checkMayReadCases();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "pagina >= 0 en grootte 1-100 / page >= 0 and size 1-100");
        }
        return caseFiles.search(currentUser.tenantIds(), parse(CaseStatus.class, "status", status),
                parse(CaseStage.class, "stage", stage), postureFilter(posture),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt", "id")));
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "The case file: signals, contact, postures, instruments, checks and outcome")
    CaseFile get(@PathVariable String caseNumber) {
        checkMayReadCases();
        return caseFiles.caseFile(caseNumber, currentUser.tenantIds());
    }

    /** Process owners manage models; they have no business with personal data. */
    private void checkMayReadCases() {
        if (!currentUser.mayReadCases()) {
            throw new ForbiddenActionException("Alleen handhavers, auditors en beheerders lezen zaken",
                    "Only caseworkers, auditors and administrators read cases");
        }
    }

    private static String postureFilter(String posture) {
        if (posture != null && !nl.slimmehandhaving.profiling.Posture.isKnown(posture)) {
            throw new InvalidInputException("posture", "onbekende houding / unknown posture");
        }
        return posture;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "onbekende waarde / unknown value");
        }
    }
}
