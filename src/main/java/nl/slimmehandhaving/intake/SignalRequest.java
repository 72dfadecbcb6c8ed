package nl.slimmehandhaving.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A signal as it arrives through the API or a CSV line. Messages are Dutch / English. */
public record SignalRequest(
        @NotBlank(message = "is verplicht / is required")
        @Size(max = 100, message = "mag hooguit 100 tekens zijn / must be at most 100 characters")
        @Pattern(regexp = "[A-Za-z0-9._:/-]*", message = "mag alleen letters, cijfers en . _ : / - bevatten / may only contain letters, digits and . _ : / -")
        String externalReference,

        @NotBlank(message = "is verplicht / is required")
        @Size(max = 64, message = "mag hooguit 64 tekens zijn / must be at most 64 characters")
        String organisation,

        @NotBlank(message = "is verplicht / is required")
        @Pattern(regexp = "WW|BIJSTAND", message = "moet WW of BIJSTAND zijn / must be WW or BIJSTAND")
        String benefitType,

        @NotBlank(message = "is verplicht / is required")
        @ValidBsn
        String bsn,

        @NotBlank(message = "is verplicht / is required")
        @Size(max = 200, message = "mag hooguit 200 tekens zijn / must be at most 200 characters")
        String clientName,

        @NotBlank(message = "is verplicht / is required")
        @Pattern(regexp = "INLICHTINGENBUREAU|TIP|OWN_OBSERVATION|SELF_REPORT|PERIODIC_REVIEW",
                message = "moet een van INLICHTINGENBUREAU, TIP, OWN_OBSERVATION, SELF_REPORT, PERIODIC_REVIEW zijn "
                        + "/ must be one of INLICHTINGENBUREAU, TIP, OWN_OBSERVATION, SELF_REPORT, PERIODIC_REVIEW")
        String source,

        @NotBlank(message = "is verplicht / is required")
        @Size(max = 100, message = "mag hooguit 100 tekens zijn / must be at most 100 characters")
        String signalType,

        @Size(max = 4000, message = "mag hooguit 4000 tekens zijn / must be at most 4000 characters")
        String description,

        @DecimalMin(value = "0.00", message = "mag niet negatief zijn / must not be negative")
        @DecimalMax(value = "10000000.00", message = "is onwaarschijnlijk hoog (max 10.000.000) / is implausibly high (max 10,000,000)")
        @Digits(integer = 8, fraction = 2, message = "hooguit twee decimalen / at most two decimals")
        BigDecimal estimatedAmount,

        @NotNull(message = "is verplicht / is required")
        @PastOrPresent(message = "mag niet in de toekomst liggen / must not be in the future")
        LocalDate receivedOn,

        @Pattern(regexp = "PHONE|VIDEO|FACE_TO_FACE|LETTER|EMAIL",
                message = "moet een van PHONE, VIDEO, FACE_TO_FACE, LETTER, EMAIL zijn / must be one of PHONE, VIDEO, FACE_TO_FACE, LETTER, EMAIL")
        String preferredChannel) {

    @Override
    public String toString() {
        // Never print the BSN or the person's name.
        return "SignalRequest[" + organisation + "/" + externalReference + "]";
    }
}
