package nl.slimmehandhaving.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void formatsYearAndZeroPaddedSequence() {
        assertThat(CaseNumber.format(Year.of(2026), 123)).isEqualTo("HZ-2026-000123");
        assertThat(CaseNumber.format(Year.of(2027), 1234567)).isEqualTo("HZ-2027-1234567");
    }

    @Test
    void recognisesOnlyWellFormedNumbers() {
        assertThat(CaseNumber.isWellFormed("HZ-2026-000123")).isTrue();
        assertThat(CaseNumber.isWellFormed("HZ-2026-123")).isFalse();
        assertThat(CaseNumber.isWellFormed("HZ-2026-000123' OR 1=1")).isFalse();
        assertThat(CaseNumber.isWellFormed(null)).isFalse();
    }

    @Test
    void pyramidStaysBetweenOneAndSix() {
        assertThat(PyramidLevel.up(6)).isEqualTo(6);
        assertThat(PyramidLevel.up(3)).isEqualTo(4);
        assertThat(PyramidLevel.down(1)).isEqualTo(1);
        assertThat(PyramidLevel.down(4)).isEqualTo(3);
    }
}
