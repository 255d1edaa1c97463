package org.archsim.lessons.mutate;

import java.util.Optional;
import org.archsim.model.Design;

/**
 * Removes one link, named {@code from->to}.
 *
 * @param link the link id
 */
public record RemoveLink(String link) implements Mutation {

    @Override
    public Optional<String> problemWith(Design design) {
        return design.link(link).isPresent() ? Optional.empty() : Optional.of("the solution has no link \"" + link + "\"");
    }

    @Override
    public void applyTo(Design design) {
        design.disconnect(link);
    }

    @Override
    public String describe() {
        return "remove link " + link;
    }
}
