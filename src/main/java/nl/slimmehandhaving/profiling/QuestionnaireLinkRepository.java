package nl.slimmehandhaving.profiling;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

interface QuestionnaireLinkRepository extends JpaRepository<QuestionnaireLink, Long> {

    Optional<QuestionnaireLink> findByTokenHash(String tokenHash);

    /** For submitting: two simultaneous posts of one link must not both be accepted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<QuestionnaireLink> findForUpdateByTokenHash(String tokenHash);
}
