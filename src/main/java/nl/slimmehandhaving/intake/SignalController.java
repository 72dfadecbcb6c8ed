package nl.slimmehandhaving.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/signals")
@Tag(name = "Signalen", description = "Signals that open an enforcement case")
class SignalController {

    private final SignalService signals;
    private final SignalCsvImport csvImport;
    private final OrganisationGuard organisationGuard;

    SignalController(SignalService signals, SignalCsvImport csvImport, OrganisationGuard organisationGuard) {
        this.signals = signals;
        this.csvImport = csvImport;
        this.organisationGuard = organisationGuard;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a signal; opens a case, or returns the case of the same externalReference (200)")
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody SignalRequest request) {
        organisationGuard.check(request.organisation());
        SignalRegistration registration = registerOnce(signals, request);
        return ResponseEntity.status(registration.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(Map.of("caseNumber", registration.caseNumber(), "duplicate", registration.duplicate()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import signals from a CSV file with the columns of the JSON request")
    SignalCsvImport.ImportReport importCsv(@RequestParam("file") MultipartFile file) throws IOException {
        return csvImport.importFrom(file.getInputStream());
    }

    /** A concurrent request with the same reference may win the race; then its case is the answer. */
    static SignalRegistration registerOnce(SignalService signals, SignalRequest request) {
        try {
            return signals.register(request);
        } catch (DataIntegrityViolationException raceLost) {
            return signals.findEarlier(request).orElseThrow(() -> raceLost);
        }
    }
}
