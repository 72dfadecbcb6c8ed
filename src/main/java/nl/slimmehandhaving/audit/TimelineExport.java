package nl.slimmehandhaving.audit;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The timeline as CSV and as a PDF report. The PDF prints the SHA-256 of the CSV export of the same timeline, so a
 * reader can check a report against a fresh CSV download (same timeline, same bytes, same hash).
 */
@Component
public class TimelineExport {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss.SSS").withZone(ZONE);
    private static final String[] HEADER = {"tijdstip", "soort", "omschrijving", "door", "proces", "element",
            "gegevens"};

    public byte[] csv(CaseTimeline timeline) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (TimelineEntry e : timeline.entries()) {
                printer.printRecord(e.at().toString(), e.kind().label(), e.description(), e.actor(), e.process(),
                        e.element(), details(e.details()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Hex SHA-256 of {@link #csv(CaseTimeline)}. */
    public String sha256(CaseTimeline timeline) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv(timeline)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] pdf(CaseTimeline timeline, String printedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(timeline, printedBy), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String xhtml(CaseTimeline timeline, String printedBy) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><meta charset="UTF-8"/>
                <title>Audittrail</title><style>
                @page { size: A4 landscape; margin: 15mm; }
                body { font-family: sans-serif; font-size: 8pt; }
                table { border-collapse: collapse; width: 100%; }
                th, td { border: 0.5pt solid #888; padding: 2pt; vertical-align: top; text-align: left; }
                td.details { font-size: 7pt; word-wrap: break-word; }
                .hash { font-family: monospace; font-size: 9pt; }
                </style></head><body>
                """);
        html.append("<h1>Audittrail zaak ").append(esc(timeline.caseNumber())).append("</h1>");
        html.append("<p>Organisatie: ").append(esc(timeline.organisation())).append(" · Status: ")
                .append(esc(timeline.status())).append(" · Uitkomst: ").append(esc(timeline.outcome()))
                .append("<br/>Geopend: ").append(esc(timeline.openedAt() == null ? null
                        : TIME.format(timeline.openedAt()))).append(" · Gesloten: ")
                .append(esc(timeline.closedAt() == null ? null : TIME.format(timeline.closedAt())))
                .append("<br/>Afgedrukt door: ").append(esc(printedBy)).append(" op ")
                .append(esc(TIME.format(java.time.Instant.now()))).append("</p>");
        html.append("<p class=\"hash\">SHA-256 van de inhoud (CSV-export van deze tijdlijn): ")
                .append(sha256(timeline)).append("</p>");
        html.append("<table><thead><tr><th>Tijdstip</th><th>Soort</th><th>Omschrijving</th><th>Door</th>")
                .append("<th>Proces</th><th>Gegevens</th></tr></thead><tbody>");
        for (TimelineEntry e : timeline.entries()) {
            html.append("<tr><td>").append(esc(TIME.format(e.at()))).append("</td><td>").append(esc(e.kind().label()))
                    .append("</td><td>").append(esc(e.description())).append("</td><td>").append(esc(e.actor()))
                    .append("</td><td>").append(esc(e.process())).append("</td><td class=\"details\">")
                    .append(esc(details(e.details()))).append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        return html.toString();
    }

    static String details(Map<String, Object> details) {
        return details.entrySet().stream().map(d -> d.getKey() + "=" + d.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscapeDecimal(text, "UTF-8");
    }
}
