package nl.slimmehandhaving.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceCheckRepository extends JpaRepository<ComplianceCheck, Long> {

    List<ComplianceCheck> findByCaseIdOrderByCheckedAtAscIdAsc(Long caseId);
}
