package org.archsim.app.run;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;
import org.archsim.model.scenario.FaultType;

/**
 * The fault items of the canvas context menu for a part or a link; each applies at the current simulated time of
 * the live run (starting one if needed). Items that do not fit the part's kind are left out.
 */
final class FaultMenu {

    /** Slow-down factor and replica lag the menu applies. */
    static final double SLOW_FACTOR = 4;
    static final double LAG_MS = 2000;

    private FaultMenu() {
    }

    static List<MenuItem> items(RunViewModel run, Design d, String id) {
        List<MenuItem> out = new ArrayList<>();
        if (d.link(id).isPresent()) {
            out.add(item("fault-partition", "Partition Link", () -> run.inject(Fault.of(0, FaultType.PARTITION, id))));
            out.add(item("fault-heal", "Heal Link", () -> run.clear(Fault.of(0, FaultType.PARTITION, id))));
            return out;
        }
        Component c = d.component(id).orElse(null);
        if (c == null) {
            return out;
        }
        String kind = c.kind().id();
        out.add(item("fault-crash", "Crash", () -> run.inject(Fault.of(0, FaultType.CRASH, id))));
        out.add(item("fault-recover", "Recover", () -> recover(run::clear, kind, id)));
        out.add(item("fault-slow", "Slow Down ×" + (int) SLOW_FACTOR,
                () -> run.inject(Fault.of(0, FaultType.SLOW_DOWN, id).withFactor(SLOW_FACTOR))));
        out.add(item("fault-partition", "Partition (cut off)", () -> run.inject(Fault.of(0, FaultType.PARTITION, id))));
        if (FaultType.CACHE_FLUSH.targetPartKinds().contains(kind)) {
            out.add(item("fault-flush", "Flush Cache", () -> run.inject(Fault.of(0, FaultType.CACHE_FLUSH, id))));
        }
        if (FaultType.REPLICA_LAG.targetPartKinds().contains(kind)) {
            out.add(item("fault-lag", "Add Replica Lag (" + (int) LAG_MS + " ms)",
                    () -> run.inject(Fault.of(0, FaultType.REPLICA_LAG, id).withLagMs(LAG_MS))));
        }
        return out;
    }

    /**
     * Ends, through {@code clear}, every fault this menu can put on part {@code id}: back up, normal speed, reachable
     * again (a partition would otherwise last until a rewind or reset: no other item heals a part's links) and no
     * added replica lag.
     */
    static void recover(java.util.function.Consumer<Fault> clear, String kind, String id) {
        clear.accept(Fault.of(0, FaultType.CRASH, id));
        clear.accept(Fault.of(0, FaultType.SLOW_DOWN, id).withFactor(SLOW_FACTOR));
        clear.accept(Fault.of(0, FaultType.PARTITION, id));
        if (FaultType.REPLICA_LAG.targetPartKinds().contains(kind)) {
            clear.accept(Fault.of(0, FaultType.REPLICA_LAG, id).withLagMs(LAG_MS));
        }
    }

    private static MenuItem item(String id, String text, Runnable r) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setMnemonicParsing(false);
        i.setOnAction(e -> r.run());
        return i;
    }
}
