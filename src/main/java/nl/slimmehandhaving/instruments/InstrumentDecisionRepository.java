package nl.slimmehandhaving.instruments;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentDecisionRepository extends JpaRepository<InstrumentDecision, Long> {

    List<InstrumentDecision> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

    Optional<InstrumentDecision> findFirstByCaseIdOrderByIdDesc(Long caseId);
}
