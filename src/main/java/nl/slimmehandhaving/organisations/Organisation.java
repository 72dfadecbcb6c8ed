package nl.slimmehandhaving.organisations;

import java.util.Arrays;
import java.util.Optional;

/**
 * The organisations that use the application. Each organisation is a Camunda tenant (the tenant id is the
 * {@code organisation} code of docs/process-model.md) with a caseworker group and a senior caseworker group.
 */
public enum Organisation {

    UWV("uwv", "UWV", "WW"),
    GEMEENTE_GRONINGEN("gemeente-groningen", "Gemeente Groningen", "BIJSTAND"),
    GEMEENTE_UTRECHT("gemeente-utrecht", "Gemeente Utrecht", "BIJSTAND");

    private final String code;
    private final String displayName;
    private final String benefitType;

    Organisation(String code, String displayName, String benefitType) {
        this.code = code;
        this.displayName = displayName;
        this.benefitType = benefitType;
    }

    /** The organisation code, e.g. {@code gemeente-groningen}; also the Camunda tenant id. */
    public String code() {
        return code;
    }

    /** The Camunda tenant id (same as {@link #code()}). */
    public String tenantId() {
        return code;
    }

    /** Dutch name, e.g. "Gemeente Groningen". */
    public String displayName() {
        return displayName;
    }

    /** Benefit type code this organisation handles: {@code WW} or {@code BIJSTAND}. */
    public String benefitType() {
        return benefitType;
    }

    /** Candidate group of the caseworkers: {@code <code>-handhavers}. */
    public String caseworkerGroup() {
        return code + Groups.CASEWORKER_SUFFIX;
    }

    /** Candidate group of the senior caseworkers: {@code <code>-senior-handhavers}. */
    public String seniorCaseworkerGroup() {
        return code + Groups.SENIOR_CASEWORKER_SUFFIX;
    }

    public static Optional<Organisation> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }

    public static boolean isKnown(String code) {
        return fromCode(code).isPresent();
    }
}
