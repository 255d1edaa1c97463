package org.archsim.lessons.mutate;

import java.util.Optional;
import org.archsim.model.Design;

/**
 * One declarative edit of a design, used to take the taught concept out of a lesson's solution (a lesson that still
 * passes without what it teaches is a defect). Mutations are data; {@link #applyTo(Design)} edits the given copy.
 */
public sealed interface Mutation permits RemoveParts, RemoveLink, SetParam {

    /** Why this mutation cannot apply to {@code design} (a missing part, an unknown parameter...), or empty. */
    Optional<String> problemWith(Design design);

    /** Applies the edit to {@code design} in place; {@link #problemWith(Design)} must be empty. */
    void applyTo(Design design);

    /** The edit in words, e.g. {@code remove every cache}. */
    String describe();

    /** A copy of {@code design} with every mutation applied in order. */
    static Design applyAll(Design design, java.util.List<Mutation> mutations) {
        Design copy = design.copy();
        for (Mutation m : mutations) {
            m.applyTo(copy);
        }
        return copy;
    }
}
