package nl.slimmehandhaving.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.Map;
import nl.slimmehandhaving.web.PayloadTooLargeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/signals")
@Tag(name = "Signalen", description = "Signals that open an enforcement case")
class SignalController {

    private final SignalService signals;
    private final SignalCsvImport csvImport;
    private final OrganisationGuard organisationGuard;

    private final SignalRequestReader requestReader;
    private final DataSize maxCsvSize;

    SignalController(SignalService signals, SignalCsvImport csvImport, OrganisationGuard organisationGuard,
                     SignalRequestReader requestReader,
                     @Value("${slimmehandhaving.intake.max-csv-bytes:1MB}") DataSize maxCsvSize) {
        this.signals = signals;
        this.requestReader = requestReader;
        this.csvImport = csvImport;
        this.organisationGuard = organisationGuard;
        this.maxCsvSize = maxCsvSize;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a signal; opens a case, or returns the case of the same externalReference (200)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SignalRequest.class)))
    ResponseEntity<Map<String, Object>> register(@RequestBody byte[] body) {
        SignalRequest request = requestReader.read(body);
        organisationGuard.check(request.organisation());
        SignalRegistration registration = registerOnce(signals, request);
        return ResponseEntity.status(registration.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(Map.of("caseNumber", registration.caseNumber(), "duplicate", registration.duplicate()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import signals from a CSV file with the columns of the JSON request")
    SignalCsvImport.ImportReport importCsv(@RequestParam("file") MultipartFile file) throws IOException {
        organisationGuard.checkDoesCasework();
        if (file.getSize() > maxCsvSize.toBytes()) {
            throw new PayloadTooLargeException("file", maxCsvSize);
        }
        return csvImport.importFrom(file.getBytes());
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
