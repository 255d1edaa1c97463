package org.archsim.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Removes a part together with every link into or out of it. Undo puts the part and its links back at their original
 * positions in the document order, with all their values.
 *
 * <p>Refused (before any change) when the part does not exist.
 */
public final class RemoveComponent implements Command {

    private final String partId;
    private String label;
    private Component removed;
    private int index;
    private final List<Link> removedLinks = new ArrayList<>();
    private final List<Integer> linkIndexes = new ArrayList<>();

    /** Removes part {@code partId} and its links. */
    public RemoveComponent(String partId) {
        this.partId = Objects.requireNonNull(partId, "partId");
    }

    /** The id of the part this command removes. */
    public String partId() {
        return partId;
    }

    @Override
    public void execute(Design d) {
        Component c = Parts.require(d, partId);
        label = "Delete " + c.name();
        index = d.indexOfComponent(partId);
        removedLinks.clear();
        linkIndexes.clear();
        List<Link> attached = new ArrayList<>(d.links().stream()
                .filter(l -> l.from().equals(partId) || l.to().equals(partId)).toList());
        attached.sort(Comparator.comparingInt(l -> d.indexOfLink(l.id())));
        for (Link l : attached) {
            removedLinks.add(l);
            linkIndexes.add(d.indexOfLink(l.id()));
        }
        // Remove from the back so the recorded indexes stay those of the original order.
        for (int i = removedLinks.size() - 1; i >= 0; i--) {
            d.disconnect(removedLinks.get(i).id());
        }
        removed = d.removeComponent(partId);
    }

    @Override
    public void undo(Design d) {
        d.addComponent(removed, index);
        // Ascending original indexes: each link lands exactly where it was.
        for (int i = 0; i < removedLinks.size(); i++) {
            d.connect(removedLinks.get(i), linkIndexes.get(i));
        }
    }

    @Override
    public String label() {
        return label != null ? label : "Delete " + partId;
    }

    @Override
    public boolean isChange() {
        return true;
    }

    @Override
    public String toString() {
        return label();
    }
}
