package nl.slimmehandhaving.cases;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Next value of the database sequence behind case numbers, in the SQL of whichever database runs. */
@Component
class CaseNumberSequence {

    private static final String SEQUENCE = "case_number_seq";

    private final EntityManager entityManager;
    private final String nextValueSql;

    CaseNumberSequence(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nextValueSql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
    }

    long next() {
        return ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
    }
}
