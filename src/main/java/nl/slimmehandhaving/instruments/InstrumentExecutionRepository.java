package nl.slimmehandhaving.instruments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentExecutionRepository extends JpaRepository<InstrumentExecution, Long> {

    List<InstrumentExecution> findByCaseIdOrderByExecutedAtAscIdAsc(Long caseId);
}
