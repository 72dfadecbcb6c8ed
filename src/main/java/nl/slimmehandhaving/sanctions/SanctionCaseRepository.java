package nl.slimmehandhaving.sanctions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SanctionCaseRepository extends JpaRepository<SanctionCase, Long> {

    Optional<SanctionCase> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<SanctionCase> findByCaseIdOrderByIdAsc(Long caseId);

    boolean existsByClientIdAndStatusAndSanctionAndFinalAtAfter(Long clientId, SanctionStatus status, String sanction,
                                                                OffsetDateTime after);
}
