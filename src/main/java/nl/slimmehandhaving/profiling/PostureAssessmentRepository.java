package nl.slimmehandhaving.profiling;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostureAssessmentRepository extends JpaRepository<PostureAssessment, Long> {

    List<PostureAssessment> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

    List<PostureAssessment> findByCaseIdInOrderByCreatedAtAscIdAsc(List<Long> caseIds);
}
