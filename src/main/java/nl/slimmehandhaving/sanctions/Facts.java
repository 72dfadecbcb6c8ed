package nl.slimmehandhaving.sanctions;

import java.math.BigDecimal;

/** What the caseworker established in "Feiten en verwijtbaarheid vaststellen". */
public record Facts(BigDecimal overpaymentAmount, String culpability, String culpabilityReasoning,
                    boolean selfReported, boolean urgentReasons, boolean limitedMeansToPay) {
}
