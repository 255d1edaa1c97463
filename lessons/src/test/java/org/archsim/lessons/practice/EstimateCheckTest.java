package org.archsim.lessons.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateCheckTest {

    /** 100 M users × 1 request a day, 100 reads per write, peak ×3, 500 B per write and per read, 2,000 rps/server. */
    static final ProblemNumbers N = new ProblemNumbers(100_000_000, 1, 100, 3, 500, 500, 5, 2000);

    @Test
    void derivedFiguresFollowTheArithmetic() {
        assertThat(N.averageRps()).isCloseTo(1157.4, org.assertj.core.data.Offset.offset(0.1));
        assertThat(N.peakRps()).isCloseTo(3472.2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(N.writesPerDay()).isCloseTo(990_099, org.assertj.core.data.Offset.offset(1.0));
        assertThat(N.storagePerDayBytes() / 1e9).isCloseTo(0.495, org.assertj.core.data.Offset.offset(0.001));
        assertThat(N.serversNeeded()).isEqualTo(2);
    }

    @Test
    void withinAFactorIsSymmetric() {
        assertThat(EstimateCheck.within(200, 100, 2)).isTrue();
        assertThat(EstimateCheck.within(50, 100, 2)).isTrue();
        assertThat(EstimateCheck.within(201, 100, 2)).isFalse();
        assertThat(EstimateCheck.within(49, 100, 2)).isFalse();
        assertThat(EstimateCheck.within(0, 100, 2)).isFalse();
    }

    @Test
    void rowsExplainTheArithmeticAndTheVerdict() {
        List<Estimate> rows = EstimateCheck.check(N, new Worksheet(1000.0, 10_000.0, 0.5, null, 2.0), 2);
        assertThat(rows).extracting(Estimate::passed).containsExactly(true, false, true, false, true);
        assertThat(rows.get(0).explanation()).contains("100000000 users × 1 requests a day", "÷ 86,400 s",
                "Your 1000 is within ×2");
        assertThat(rows.get(1).explanation()).contains("off by more than ×2", "too high");
        assertThat(rows.get(3).explanation()).endsWith("Left blank.");
        assertThat(EstimateCheck.score(rows)).isEqualTo(0.6);
    }
}
