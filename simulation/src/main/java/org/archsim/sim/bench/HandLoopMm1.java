package org.archsim.sim.bench;

import org.archsim.sim.random.RandomStream;
import org.archsim.sim.random.RandomStreams;

/**
 * The speed reference for the engine: an M/M/1 queue written as one loop over a tiny primitive min-heap, with no
 * handler dispatch, no request table and only a sum of sojourn times as output.
 *
 * <p>Heap keys pack (time, event type) into one long, {@code time << 1 | type}, so departures (type 0) precede arrivals
 * (type 1) at equal times, as in the engine version. Arrival times of waiting customers sit in a growable ring buffer.
 */
public final class HandLoopMm1 {
    private HandLoopMm1() {
    }

    /**
     * Simulates {@code customers} departures of an M/M/1 queue with mean inter-arrival and service times in µs.
     *
     * @return mean sojourn in µs
     */
    public static double run(long customers, double meanInterarrivalUs, double meanServiceUs, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        RandomStream arrivals = streams.stream("arrivals");
        RandomStream service = streams.stream("service");
        long[] heap = new long[8];
        int size = 0;
        long[] ring = new long[1024];
        int head = 0;
        int count = 0; // customers in system, including the one in service
        long done = 0;
        long sumSojourn = 0;

        heap[size++] = (Math.round(-meanInterarrivalUs * Math.log(arrivals.nextDoubleNonZero())) << 1) | 1;
        while (done < customers) {
            // pop
            long key = heap[0];
            long last = heap[--size];
            int hole = 0;
            while (true) {
                int c = 2 * hole + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && heap[c + 1] < heap[c]) {
                    c++;
                }
                if (heap[c] >= last) {
                    break;
                }
                heap[hole] = heap[c];
                hole = c;
            }
            heap[hole] = last;
            long now = key >>> 1;

            long next;
            if ((key & 1) == 1) {
                if (count == ring.length) {
                    long[] grown = new long[ring.length * 2];
                    for (int i = 0; i < count; i++) {
                        grown[i] = ring[(head + i) & (ring.length - 1)];
                    }
                    ring = grown;
                    head = 0;
                }
                ring[(head + count) & (ring.length - 1)] = now;
                count++;
                if (count == 1) {
                    size = push(heap, size, ((now + Math.round(-meanServiceUs
                            * Math.log(service.nextDoubleNonZero()))) << 1));
                }
                next = ((now + Math.round(-meanInterarrivalUs * Math.log(arrivals.nextDoubleNonZero()))) << 1) | 1;
            } else {
                sumSojourn += now - ring[head];
                head = (head + 1) & (ring.length - 1);
                count--;
                done++;
                if (count == 0) {
                    continue;
                }
                next = (now + Math.round(-meanServiceUs * Math.log(service.nextDoubleNonZero()))) << 1;
            }
            size = push(heap, size, next);
        }
        return sumSojourn / (double) done;
    }

    private static int push(long[] heap, int size, long key) {
        int hole = size;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[hole] = heap[parent];
            hole = parent;
        }
        heap[hole] = key;
        return size + 1;
    }
}
