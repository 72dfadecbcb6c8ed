package nl.slimmehandhaving.casefile;

import java.time.OffsetDateTime;
import nl.slimmehandhaving.cases.EnforcementCase;

/** A case as a row in a list. */
public record CaseSummary(String caseNumber, String organisation, String benefitType, String stage, String status,
                          String priority, int pyramidLevel, String posture, OffsetDateTime openedAt,
                          OffsetDateTime closedAt) {

    static CaseSummary of(EnforcementCase c) {
        return new CaseSummary(c.getCaseNumber(), c.getOrganisation(), c.getBenefitType(), c.getStage().name(),
                c.getStatus().name(), c.getPriority(), c.getPyramidLevel(), c.getPosture(), c.getOpenedAt(),
                c.getClosedAt());
    }
}
