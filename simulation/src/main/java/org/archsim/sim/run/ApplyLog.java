package org.archsim.sim.run;

/**
 * The writes shipped to one replica and not yet applied there, in shipping order, with the time each was committed on
 * the primary: what the replication lag gauges are measured from. Writes are numbered as they are shipped; a replica
 * may apply them in any order (each draws its own delay), and the oldest unapplied one is found by moving past the
 * applied ones at the head. Memory is bounded by the writes in flight to the replica (the arrays double as needed).
 */
final class ApplyLog {

    private long[] commitUs = new long[64];
    private boolean[] applied = new boolean[64];
    /** Number of the oldest write still held; {@code tail} is the next number handed out. int arithmetic wraps. */
    private int head;
    private int tail;

    /** Records a write committed at {@code commitUs}; returns its number (to pass back to {@link #apply}). */
    int ship(long commitUs) {
        if (tail - head == this.commitUs.length) {
            grow();
        }
        int i = tail & (this.commitUs.length - 1);
        this.commitUs[i] = commitUs;
        applied[i] = false;
        return tail++;
    }

    /** Marks write {@code seq} applied; returns its commit time, or -1 if it was already applied or forgotten. */
    long apply(int seq) {
        if (seq - head < 0 || seq - tail >= 0) {
            return -1;
        }
        int i = seq & (commitUs.length - 1);
        if (applied[i]) {
            return -1;
        }
        applied[i] = true;
        while (head != tail && applied[head & (commitUs.length - 1)]) {
            head++;
        }
        return commitUs[i];
    }

    /** Commit time of the oldest write not yet applied, or -1 if every write is applied. */
    long oldestUnappliedUs() {
        return head == tail ? -1 : commitUs[head & (commitUs.length - 1)];
    }

    /** Writes shipped and not yet applied or forgotten, counting applied ones behind the oldest unapplied one. */
    int held() {
        return tail - head;
    }

    /** Forgets every unapplied write (the replica was resynchronised or promoted). */
    void clear() {
        head = tail;
    }

    private void grow() {
        int n = commitUs.length * 2;
        long[] c = new long[n];
        boolean[] a = new boolean[n];
        for (int s = head; s != tail; s++) {
            c[s & (n - 1)] = commitUs[s & (commitUs.length - 1)];
            a[s & (n - 1)] = applied[s & (commitUs.length - 1)];
        }
        commitUs = c;
        applied = a;
    }
}
