package nl.slimmehandhaving.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link SignalRequest} as the JSON body and the CSV line another system would send. */
public final class SignalJson {

    public static final String CSV_HEADER = String.join(",", SignalCsvImport.COLUMNS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignalJson() {
    }

    public static Map<String, Object> map(SignalRequest r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", r.externalReference());
        body.put("organisation", r.organisation());
        body.put("benefitType", r.benefitType());
        body.put("bsn", r.bsn());
        body.put("clientName", r.clientName());
        body.put("source", r.source());
        body.put("signalType", r.signalType());
        body.put("description", r.description());
        body.put("estimatedAmount", r.estimatedAmount());
        body.put("receivedOn", r.receivedOn().toString());
        body.put("preferredChannel", r.preferredChannel());
        return body;
    }

    public static String of(SignalRequest r) {
        return of(map(r));
    }

    public static String of(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csvLine(SignalRequest r) {
        return String.join(",", r.externalReference(), r.organisation(), r.benefitType(), r.bsn(), r.clientName(),
                r.source(), r.signalType(), "\"" + r.description() + "\"",
                r.estimatedAmount() == null ? "" : r.estimatedAmount().toPlainString(), r.receivedOn().toString(),
                r.preferredChannel() == null ? "" : r.preferredChannel());
    }
}
