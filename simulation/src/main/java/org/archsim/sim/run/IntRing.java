package org.archsim.sim.run;

import java.util.Arrays;

/** A FIFO of ints on a growable ring buffer: the waiting room of a station. Allocates only when it grows. */
final class IntRing {

    private int[] items = new int[16];
    private int head;
    private int size;

    void add(int v) {
        if (size == items.length) {
            int[] bigger = new int[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = items[(head + i) & (items.length - 1)];
            }
            items = bigger;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = v;
        size++;
    }

    int poll() {
        int v = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    /** The head element without removing it (the ring must not be empty). */
    int peek() {
        return items[head];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Removes and returns every element in FIFO order. */
    int[] drain() {
        int[] out = new int[size];
        for (int i = 0; i < out.length; i++) {
            out[i] = poll();
        }
        return out;
    }

    @Override
    public String toString() {
        return "IntRing" + Arrays.toString(Arrays.copyOf(items, 0)) + "[" + size + "]";
    }
}
