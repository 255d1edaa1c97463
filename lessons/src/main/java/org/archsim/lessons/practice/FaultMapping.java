package org.archsim.lessons.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.scenario.Fault;

/**
 * Moves a problem's faults onto a candidate's design. A problem names fault targets by the parts of its reference
 * design; a candidate names parts as they like. A target is mapped by role: the reference part's kind and its rank
 * among parts of that kind (the second service → the candidate's second service, or their last one when they have
 * fewer). A fault whose kind the candidate does not use at all does not apply and is left out, with a note.
 */
public final class FaultMapping {

    /**
     * @param fault the fault as it will run on the candidate's design, or empty when it does not apply
     * @param note  how the target was mapped, for the evidence ({@code app-2 → api-2}), or why it was left out
     */
    public record Mapped(Fault original, Optional<Fault> fault, String note) {
    }

    private FaultMapping() {
    }

    /** Every fault of the problem, mapped onto {@code candidate}. */
    public static List<Mapped> map(List<Fault> faults, Design reference, Design candidate) {
        List<Mapped> out = new ArrayList<>();
        for (Fault f : faults) {
            out.add(mapOne(f, reference, candidate));
        }
        return out;
    }

    private static Mapped mapOne(Fault f, Design reference, Design candidate) {
        if (f.target() != null && reference.component(f.target()).isPresent()) {
            Optional<String> t = part(f.target(), reference, candidate);
            if (t.isEmpty()) {
                String kind = reference.requireComponent(f.target()).kind().id();
                return new Mapped(f, Optional.empty(), "the design has no part of kind " + kind
                        + ", so this fault does not apply");
            }
            String note = t.get().equals(f.target()) ? "" : " (" + f.target() + " is " + t.get() + " here)";
            return new Mapped(f, Optional.of(f.withTarget(t.get())), note);
        }
        if (f.targets() != null && !f.targets().isEmpty()) {
            List<String> ts = new ArrayList<>();
            for (String id : f.targets()) {
                part(id, reference, candidate).ifPresent(x -> {
                    if (!ts.contains(x)) {
                        ts.add(x);
                    }
                });
            }
            if (ts.size() < 2) {
                return new Mapped(f, Optional.empty(), "the design has too few matching parts to split");
            }
            return new Mapped(f, Optional.of(f.withTargets(ts)), " (" + String.join(", ", ts) + " here)");
        }
        if (f.target() != null && candidate.link(f.target()).isEmpty() && reference.link(f.target()).isPresent()) {
            return new Mapped(f, Optional.empty(), "the design has no link " + f.target()
                    + ", so this fault does not apply");
        }
        return new Mapped(f, Optional.of(f), "");
    }

    private static Optional<String> part(String refId, Design reference, Design candidate) {
        Optional<Component> r = reference.component(refId);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        String kind = r.get().kind().id();
        List<Component> same = reference.components().stream().filter(c -> c.kind().id().equals(kind)).toList();
        int rank = same.indexOf(r.get());
        List<Component> theirs = candidate.components().stream().filter(c -> c.kind().id().equals(kind)).toList();
        if (theirs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(theirs.get(Math.min(rank, theirs.size() - 1)).id());
    }
}
