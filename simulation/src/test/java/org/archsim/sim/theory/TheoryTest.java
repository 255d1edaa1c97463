package org.archsim.sim.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheoryTest {
    private static final double EPS = 1e-9;

    @Test
    void mm1TextbookNumbers() {
        QueueMetrics q = QueueFormulas.mm1(0.9, 1.0);
        assertThat(q.stable()).isTrue();
        assertThat(q.rho()).isCloseTo(0.9, within(EPS));
        assertThat(q.w()).isCloseTo(10.0, within(EPS));
        assertThat(q.wq()).isCloseTo(9.0, within(EPS));
        assertThat(q.l()).isCloseTo(9.0, within(EPS));
        assertThat(q.lq()).isCloseTo(8.1, within(EPS));
        assertThat(q.pWait()).isCloseTo(0.9, within(EPS));
    }

    @Test
    void erlangCTextbookNumbers() {
        assertThat(ErlangC.erlangC(2, 1.5)).isCloseTo(0.6428571428571429, within(1e-12)); // 9/14
        assertThat(ErlangC.erlangC(3, 2.0)).isCloseTo(4.0 / 9.0, within(1e-12));
        assertThat(ErlangC.erlangB(2, 1.5)).isCloseTo(0.9 / 2.9, within(1e-12));
        assertThat(ErlangC.erlangC(1, 0.7)).isCloseTo(0.7, within(1e-12)); // c = 1 reduces to rho
        assertThat(ErlangC.erlangC(4, 4.0)).isEqualTo(1.0);
        QueueMetrics q = QueueFormulas.mmc(2.0, 1.0, 3);
        assertThat(q.wq()).isCloseTo(4.0 / 9.0, within(1e-12));
        assertThat(q.w()).isCloseTo(1 + 4.0 / 9.0, within(1e-12));
        assertThat(q.l()).isCloseTo(2 * (1 + 4.0 / 9.0), within(1e-12));
    }

    /** Large c against a log-space evaluation of the textbook sum. */
    @Test
    void erlangCIsStableForThousandsOfServers() {
        for (int c : new int[] {50, 500, 1000, 3000}) {
            for (double rho : new double[] {0.5, 0.9, 0.99}) {
                double a = rho * c;
                double got = ErlangC.erlangC(c, a);
                assertThat(got).as("c=%d rho=%s", c, rho).isBetween(0.0, 1.0);
                assertThat(got).as("c=%d rho=%s", c, rho).isCloseTo(logSpaceErlangC(c, a), within(1e-9));
            }
        }
    }

    private static double logSpaceErlangC(int c, double a) {
        // terms t_k = a^k / k!, k < c; last = a^c / c! * 1/(1-rho); all scaled by the max log to avoid overflow
        double[] logs = new double[c + 1];
        double lf = 0;
        for (int k = 0; k <= c; k++) {
            if (k > 0) {
                lf += Math.log(k);
            }
            logs[k] = k * Math.log(a) - lf;
        }
        logs[c] -= Math.log(1 - a / c);
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logs) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (double l : logs) {
            sum += Math.exp(l - max);
        }
        return Math.exp(logs[c] - max) / sum;
    }

    @Test
    void pollaczekKhinchine() {
        QueueMetrics md1 = QueueFormulas.md1(0.5, 1.0);
        assertThat(md1.wq()).isCloseTo(0.5, within(EPS));
        assertThat(md1.w()).isCloseTo(1.5, within(EPS));
        QueueMetrics mg1exp = QueueFormulas.mg1(0.9, 1.0, 1.0);
        assertThat(mg1exp.w()).isCloseTo(QueueFormulas.mm1(0.9, 1.0).w(), within(EPS));
        // lognormal cv 2: E[S^2] = 5, rho 0.5 -> Wq = 0.5*5/(2*0.5) = 2.5
        assertThat(QueueFormulas.mg1(0.5, 1.0, 2.0).wq()).isCloseTo(2.5, within(EPS));
        // M/D/1 waits half as long as M/M/1 at the same load
        assertThat(QueueFormulas.md1(0.8, 1.0).wq() * 2).isCloseTo(QueueFormulas.mm1(0.8, 1.0).wq(), within(EPS));
    }

    @Test
    void overloadIsUnstable() {
        assertThat(QueueFormulas.mm1(1.0, 1.0).stable()).isFalse();
        assertThat(QueueFormulas.mmc(5.0, 1.0, 4).stable()).isFalse();
        QueueMetrics q = QueueFormulas.mg1(2.0, 0.6, 1.0);
        assertThat(q.stable()).isFalse();
        assertThat(q.w()).isInfinite();
        assertThat(q.rho()).isCloseTo(1.2, within(EPS));
        assertThatThrownBy(() -> QueueFormulas.mmc(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueFormulas.mmc(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueFormulas.mm1(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jacksonTandemIsTheSumOfStations() {
        NetworkMetrics m = JacksonNetwork.solve(new double[] {8, 0}, new double[][] {{0, 1}, {0, 0}},
                new int[] {1, 1}, new double[] {0.05, 0.1});
        assertThat(m.stable()).isTrue();
        assertThat(m.meanResponse()).isCloseTo(1.0 / 12 + 1.0 / 2, within(1e-12));
        assertThat(m.stations().get(1).lambda()).isCloseTo(8, within(1e-12));
        assertThat(m.visits(1)).isCloseTo(1, within(1e-12));
    }

    @Test
    void jacksonFeedbackAndSplit() {
        // Station 0 (c=2) feeds back to itself with p=0.2 and sends 0.5 to station 1 and 0.3 to station 2.
        double gamma = 6;
        double[][] p = {{0.2, 0.5, 0.3}, {0, 0, 0}, {0.1, 0, 0}};
        NetworkMetrics m = JacksonNetwork.solve(new double[] {gamma, 0, 0}, p, new int[] {2, 1, 3},
                new double[] {0.1, 0.2, 0.5});
        // lambda0 = 6 + 0.2 l0 + 0.1 l2, l2 = 0.3 l0 -> l0 = 6 / (1 - 0.2 - 0.03) = 7.7922...
        double l0 = gamma / 0.77;
        assertThat(m.stations().get(0).lambda()).isCloseTo(l0, within(1e-9));
        assertThat(m.stations().get(1).lambda()).isCloseTo(0.5 * l0, within(1e-9));
        assertThat(m.stations().get(2).lambda()).isCloseTo(0.3 * l0, within(1e-9));
        double expectedL = QueueFormulas.mmc(l0, 10, 2).l() + QueueFormulas.mmc(0.5 * l0, 5, 1).l()
                + QueueFormulas.mmc(0.3 * l0, 2, 3).l();
        assertThat(m.meanResponse()).isCloseTo(expectedL / gamma, within(1e-12));
    }

    @Test
    void jacksonReportsOverloadAndRejectsBadRouting() {
        NetworkMetrics m = JacksonNetwork.solve(new double[] {9}, new double[][] {{0.5}}, new int[] {1},
                new double[] {0.1});
        assertThat(m.stable()).isFalse(); // lambda = 18 > mu = 10
        assertThat(m.meanResponse()).isInfinite();
        assertThatThrownBy(() -> JacksonNetwork.solve(new double[] {1, 0}, new double[][] {{0, 1}, {1, 0}},
                new int[] {1, 1}, new double[] {0.1, 0.1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JacksonNetwork.solve(new double[] {1}, new double[][] {{1.5}}, new int[] {1},
                new double[] {0.1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JacksonNetwork.solve(new double[] {0}, new double[][] {{0}}, new int[] {1},
                new double[] {0.1})).isInstanceOf(IllegalArgumentException.class);
    }
}
