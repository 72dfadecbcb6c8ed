package nl.slimmehandhaving.cases;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<EnforcementCase, Long> {

    Optional<EnforcementCase> findByCaseNumber(String caseNumber);

    java.util.List<EnforcementCase> findByClientIdOrderByOpenedAtAsc(Long clientId);

    @Query("""
            select c from EnforcementCase c
            where c.organisation in :organisations
              and (:status is null or c.status = :status)
              and (:stage is null or c.stage = :stage)
              and (:posture is null or c.posture = :posture)
            """)
    Page<EnforcementCase> search(@Param("organisations") Collection<String> organisations,
                                 @Param("status") CaseStatus status,
                                 @Param("stage") CaseStage stage,
                                 @Param("posture") String posture,
                                 Pageable pageable);
}
