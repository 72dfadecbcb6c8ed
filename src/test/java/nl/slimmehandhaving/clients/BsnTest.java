package nl.slimmehandhaving.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.slimmehandhaving.intake.TestSignals;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void acceptsNumbersThatPassTheElevenProof(String value) {
        assertThat(Bsn.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567890", "12345678a", " 123456782"})
    void rejectsEverythingElse(String value) {
        assertThat(Bsn.isValid(value)).isFalse();
        assertThatThrownBy(() -> Bsn.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(value.strip());
    }

    @RepeatedTest(20)
    void generatedTestNumbersAreValid() {
        assertThat(Bsn.isValid(TestSignals.newBsn())).isTrue();
    }

    @Test
    void showsOnlyTheLastThreeDigits() {
        Bsn bsn = Bsn.of("123456782");
        assertThat(bsn.masked()).isEqualTo("******782");
        assertThat(bsn.toString()).doesNotContain("123456");
    }

    @Test
    void keyedHashIsStableAndDependsOnTheKey() {
        Bsn bsn = Bsn.of("123456782");
        BsnHasher one = new BsnHasher("first-key-of-sixteen-chars");
        BsnHasher other = new BsnHasher("other-key-of-sixteen-chars");
        assertThat(one.hash(bsn)).isEqualTo(one.hash(Bsn.of("123456782"))).hasSize(64).doesNotContain("123456782");
        assertThat(one.hash(bsn)).isNotEqualTo(other.hash(bsn));
    }
}
