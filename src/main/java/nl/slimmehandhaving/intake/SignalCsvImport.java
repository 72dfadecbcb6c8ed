package nl.slimmehandhaving.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.slimmehandhaving.web.FieldError;
import nl.slimmehandhaving.web.ForbiddenActionException;
import nl.slimmehandhaving.web.ForbiddenOrganisationException;
import nl.slimmehandhaving.web.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Imports a CSV of signals (at most {@code slimmehandhaving.intake.max-csv-bytes}); each line is registered on its
 * own, so one bad line rejects only itself. Columns are those of {@link SignalRequest}.
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

    /**
     * The whole file is read and parsed before anything is stored: a file that is not UTF-8 or whose quoting is
     * broken is refused as a whole (400, nothing stored), because its lines cannot be trusted. Lines that parse
     * are then registered one by one; a bad line rejects only itself.
     */
    ImportReport importFrom(byte[] content) {
        List<CSVRecord> records = parse(decode(content));
        ImportReport report = new ImportReport();
        records.forEach(record -> importLine(record, report));
        return report;
    }

    private static String decode(byte[] content) {
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strictUtf8.decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInputException("file", "is geen UTF-8-tekst; er is niets geïmporteerd "
                    + "/ is not UTF-8 text; nothing was imported");
        }
    }

    private static List<CSVRecord> parse(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            checkHeader(parser.getHeaderNames());
            try {
                return parser.getRecords();
            } catch (UncheckedIOException unreadable) {
                throw new InvalidInputException("file", "regel " + parser.getCurrentLineNumber()
                        + " is onleesbaar (aanhalingstekens); er is niets geïmporteerd / line "
                        + parser.getCurrentLineNumber() + " is unreadable (quoting); nothing was imported");
            }
        } catch (IOException | UncheckedIOException unreadable) {
            throw new InvalidInputException("file", "is geen leesbaar CSV-bestand; er is niets geïmporteerd "
                    + "/ is not a readable CSV file; nothing was imported");
        }
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
        } catch (InvalidInputException | ForbiddenOrganisationException | ForbiddenActionException refused) {
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
