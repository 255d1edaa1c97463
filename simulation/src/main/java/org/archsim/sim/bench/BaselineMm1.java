package org.archsim.sim.bench;

import org.archsim.sim.random.RandomStream;

/**
 * The yardstick for the engine's speed: a hand-written M/M/1 queue on a primitive binary heap of event times, with
 * nothing but what the model needs (an arrival stream, one server, a FIFO counter and a running sum of sojourns).
 * The engine does far more per request (named streams, tie-ordered events, request state, metrics), so its rate is
 * compared against this one.
 */
public final class BaselineMm1 {

    private BaselineMm1() {
    }

    /** Result of one run: customers served, wall nanoseconds, and the mean sojourn (a check that the loop is real). */
    public record Result(long customers, long nanos, double meanSojournUs) {
        /** Customers per wall-clock second. */
        public double perSecond() {
            return customers / (nanos / 1e9);
        }
    }

    /** Serves {@code customers} customers at utilisation {@code rho} (mean service 1 time unit). */
    public static Result run(long customers, double rho, long seed) {
        RandomStream rng = new RandomStream(seed);
        double meanGap = 1.0 / rho;
        // Heap of (time, kind) packed: kind 0 = arrival, 1 = departure; at most two events are ever pending,
        // but keep a real heap so the loop costs what an event list costs.
        double[] time = new double[16];
        byte[] kind = new byte[16];
        int size = 0;
        double[] arrivalsFifo = new double[1024];
        int head = 0;
        int tail = 0;
        long served = 0;
        double sum = 0;
        long t0 = System.nanoTime();
        // push first arrival
        time[0] = rng.nextExponential(meanGap);
        kind[0] = 0;
        size = 1;
        boolean busy = false;
        while (served < customers) {
            double now = time[0];
            byte k = kind[0];
            // pop
            size--;
            double lt = time[size];
            byte lk = kind[size];
            int hole = 0;
            while (true) {
                int c = 2 * hole + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && time[c + 1] < time[c]) {
                    c++;
                }
                if (time[c] >= lt) {
                    break;
                }
                time[hole] = time[c];
                kind[hole] = kind[c];
                hole = c;
            }
            if (size > 0) {
                time[hole] = lt;
                kind[hole] = lk;
            }
            if (k == 0) {
                if (tail - head == arrivalsFifo.length) {
                    arrivalsFifo = grow(arrivalsFifo, head, tail);
                    tail -= head;
                    head = 0;
                }
                arrivalsFifo[tail++ & (arrivalsFifo.length - 1)] = now;
                size = push(time, kind, size, now + rng.nextExponential(meanGap), (byte) 0);
                if (!busy) {
                    busy = true;
                    size = push(time, kind, size, now + rng.nextExponential(1.0), (byte) 1);
                }
            } else {
                double arrived = arrivalsFifo[head++ & (arrivalsFifo.length - 1)];
                sum += now - arrived;
                served++;
                if (tail > head) {
                    size = push(time, kind, size, now + rng.nextExponential(1.0), (byte) 1);
                } else {
                    busy = false;
                }
            }
        }
        return new Result(served, System.nanoTime() - t0, sum / served);
    }

    private static int push(double[] time, byte[] kind, int size, double t, byte k) {
        int hole = size;
        while (hole > 0) {
            int p = (hole - 1) >>> 1;
            if (time[p] <= t) {
                break;
            }
            time[hole] = time[p];
            kind[hole] = kind[p];
            hole = p;
        }
        time[hole] = t;
        kind[hole] = k;
        return size + 1;
    }

    private static double[] grow(double[] fifo, int head, int tail) {
        double[] bigger = new double[fifo.length * 2];
        for (int i = head; i < tail; i++) {
            bigger[i - head] = fifo[i & (fifo.length - 1)];
        }
        return bigger;
    }
}
