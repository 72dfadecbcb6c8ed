package nl.slimmehandhaving.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.slimmehandhaving.web.FieldError;
import nl.slimmehandhaving.web.ForbiddenOrganisationException;
import nl.slimmehandhaving.web.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Streams a CSV of signals line by line; each line is registered on its own, so one bad line
 * rejects only itself. Columns are those of {@link SignalRequest}.
 */
@Component
class SignalCsvImport {

    static final List<String> COLUMNS = List.of("externalReference", "organisation", "benefitType", "bsn",
            "clientName", "source", "signalType", "description", "estimatedAmount", "receivedOn", "preferredChannel");
    private static final Set<String> REQUIRED_COLUMNS = Set.copyOf(COLUMNS.subList(0, 10));

    private final SignalService signals;
    private final OrganisationGuard organisationGuard;
    private final Validator validator;

    SignalCsvImport(SignalService signals, OrganisationGuard organisationGuard, Validator validator) {
        this.signals = signals;
        this.organisationGuard = organisationGuard;
        this.validator = validator;
    }

    ImportReport importFrom(InputStream input) throws IOException {
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ImportReport report = new ImportReport();
        try (Reader reader = new InputStreamReader(input, strictUtf8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            checkHeader(parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException unreadable) {
                    report.rejected(parser.getCurrentLineNumber(), List.of(
                            "onleesbare regel (aanhalingstekens of tekencodering, verwacht UTF-8); import gestopt "
                                    + "/ unreadable line (quoting or encoding, UTF-8 expected); import stopped"));
                    break;
                }
                importLine(record, report);
            }
        }
        return report;
    }

    private void importLine(CSVRecord record, ImportReport report) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            report.rejected(line, List.of("verwacht " + COLUMNS.size() + " kolommen, gevonden " + record.size()
                    + " / expected " + COLUMNS.size() + " columns, found " + record.size()));
            return;
        }
        List<String> problems = new ArrayList<>();
        SignalRequest request = toRequest(record, problems);
        if (request != null) {
            validator.validate(request).stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(SignalCsvImport::describe)
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            report.rejected(line, problems);
            return;
        }
        try {
            organisationGuard.check(request.organisation());
            SignalRegistration registration = SignalController.registerOnce(signals, request);
            if (registration.duplicate()) {
                report.duplicates++;
            } else {
                report.accepted++;
            }
        } catch (InvalidInputException | ForbiddenOrganisationException refused) {
            report.rejected(line, List.of("organisation: " + refused.getMessage()));
        }
    }

    private static SignalRequest toRequest(CSVRecord record, List<String> problems) {
        BigDecimal amount = null;
        LocalDate receivedOn = null;
        try {
            String value = value(record, "estimatedAmount");
            amount = value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add("estimatedAmount: is geen getal / is not a number");
        }
        try {
            String value = value(record, "receivedOn");
            receivedOn = value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("receivedOn: is geen datum (JJJJ-MM-DD) / is not a date (YYYY-MM-DD)");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new SignalRequest(value(record, "externalReference"), value(record, "organisation"),
                value(record, "benefitType"), value(record, "bsn"), value(record, "clientName"),
                value(record, "source"), value(record, "signalType"), value(record, "description"),
                amount, receivedOn, value(record, "preferredChannel"));
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static String describe(ConstraintViolation<SignalRequest> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }

    private static void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        REQUIRED_COLUMNS.stream().filter(column -> !header.contains(column)).sorted().forEach(column ->
                errors.add(new FieldError(column, "kolom ontbreekt in de kopregel / column missing from the header")));
        header.stream().filter(column -> !COLUMNS.contains(column)).forEach(column ->
                errors.add(new FieldError(column, "onbekende kolom / unknown column")));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Counts per kind, and for each rejected line its number (1 = header) and reasons. */
    static class ImportReport {
        public int accepted;
        public int duplicates;
        public final List<RejectedLine> rejectedLines = new ArrayList<>();

        public int getRejected() {
            return rejectedLines.size();
        }

        void rejected(long line, List<String> reasons) {
            rejectedLines.add(new RejectedLine(line, reasons));
        }
    }

    record RejectedLine(long line, List<String> reasons) {
    }
}
