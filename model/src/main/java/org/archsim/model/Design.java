package org.archsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * An architecture: parts ({@link Component}) and directed links ({@link Link}) held in a JGraphT graph, in a stable
 * document order, with a name. Every mutation fires a {@link DesignChange} to the listeners.
 *
 * <p>Application code edits a design through {@code org.archsim.model.edit} commands so every edit can be undone;
 * the mutators here are the primitive steps those commands use. Mutators check structure (unique ids, links between
 * existing parts, no self-links, a value of the parameter's type) but not ranges: an out-of-range value is a
 * {@code DesignRules} problem, so a design read from a program can still be inspected and explained.
 *
 * <p>Not thread-safe: the editor owns it on one thread; the simulation works on a {@link #copy()}.
 */
public final class Design {

    private String name;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final List<String> componentOrder = new ArrayList<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final List<String> linkOrder = new ArrayList<>();
    private final Graph<Component, Link> graph = new SimpleDirectedGraph<>(Link.class);
    private final Graph<Component, Link> readOnlyGraph = new AsUnmodifiableGraph<>(graph);
    private final List<DesignListener> listeners = new CopyOnWriteArrayList<>();

    /** An empty design with this name. */
    public Design(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    /** Renames the design. */
    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
        fire(DesignChange.Type.NAME_CHANGED, name, null);
    }

    // ---- queries -------------------------------------------------------------------------------------------------

    /** The parts in document order, read-only. */
    public List<Component> components() {
        List<Component> out = new ArrayList<>(componentOrder.size());
        for (String id : componentOrder) {
            out.add(components.get(id));
        }
        return Collections.unmodifiableList(out);
    }

    /** The links in document order, read-only. */
    public List<Link> links() {
        List<Link> out = new ArrayList<>(linkOrder.size());
        for (String id : linkOrder) {
            out.add(links.get(id));
        }
        return Collections.unmodifiableList(out);
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    /** The part with this id; throws {@link IllegalArgumentException} when absent. */
    public Component requireComponent(String id) {
        Component c = components.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no part \"" + id + "\" in " + name);
        }
        return c;
    }

    /** The link with this id; throws {@link IllegalArgumentException} when absent. */
    public Link requireLink(String id) {
        Link l = links.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no link \"" + id + "\" in " + name);
        }
        return l;
    }

    /** A read-only view of the graph (vertices: parts, edges: links). */
    public Graph<Component, Link> graph() {
        return readOnlyGraph;
    }

    /** Links leaving part {@code id}, in document order. */
    public List<Link> outgoing(String id) {
        return links().stream().filter(l -> l.from().equals(id)).toList();
    }

    /** Links entering part {@code id}, in document order. */
    public List<Link> incoming(String id) {
        return links().stream().filter(l -> l.to().equals(id)).toList();
    }

    /** Position of the part in document order, or -1. */
    public int indexOfComponent(String id) {
        return componentOrder.indexOf(id);
    }

    /** Position of the link in document order, or -1. */
    public int indexOfLink(String id) {
        return linkOrder.indexOf(id);
    }

    /** A fresh id based on {@code base} that no part uses yet: {@code base}, {@code base-2}, {@code base-3}... */
    public String freshId(String base) {
        if (!components.containsKey(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!components.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    // ---- primitive mutations (used by commands and readers) -----------------------------------------------------

    /** Adds a part at the end of the document order. */
    public void addComponent(Component c) {
        addComponent(c, componentOrder.size());
    }

    /** Adds a part at {@code index} in document order. */
    public void addComponent(Component c, int index) {
        Objects.requireNonNull(c, "component");
        if (components.containsKey(c.id())) {
            throw new IllegalArgumentException("a part with id \"" + c.id() + "\" already exists");
        }
        // Checked before any change: a bad index used to leave the part in the graph but not in the order.
        Objects.checkIndex(index, componentOrder.size() + 1);
        components.put(c.id(), c);
        componentOrder.add(index, c.id());
        graph.addVertex(c);
        fire(DesignChange.Type.COMPONENT_ADDED, c.id(), null);
    }

    /** Removes a part that has no links (remove its links first). Returns the removed part. */
    public Component removeComponent(String id) {
        Component c = requireComponent(id);
        if (graph.degreeOf(c) > 0) {
            throw new IllegalStateException("part \"" + id + "\" still has links; remove them first");
        }
        graph.removeVertex(c);
        components.remove(id);
        componentOrder.remove(id);
        fire(DesignChange.Type.COMPONENT_REMOVED, id, null);
        return c;
    }

    /** Adds a link at the end of the document order. */
    public void connect(Link l) {
        connect(l, linkOrder.size());
    }

    /** Adds a link at {@code index} in document order. Refuses self-links, duplicates and missing endpoints. */
    public void connect(Link l, int index) {
        Objects.requireNonNull(l, "link");
        if (l.from().equals(l.to())) {
            throw new IllegalArgumentException("a part cannot link to itself (\"" + l.from() + "\")");
        }
        if (links.containsKey(l.id())) {
            throw new IllegalArgumentException("\"" + l.from() + "\" already links to \"" + l.to() + "\"");
        }
        Component from = requireComponent(l.from());
        Component to = requireComponent(l.to());
        // Checked before any change: a bad index used to leave the link in the graph but not in the order.
        Objects.checkIndex(index, linkOrder.size() + 1);
        graph.addEdge(from, to, l);
        links.put(l.id(), l);
        linkOrder.add(index, l.id());
        fire(DesignChange.Type.LINK_ADDED, l.id(), null);
    }

    /** Removes a link. Returns it. */
    public Link disconnect(String linkId) {
        Link l = requireLink(linkId);
        graph.removeEdge(l);
        links.remove(linkId);
        linkOrder.remove(linkId);
        fire(DesignChange.Type.LINK_REMOVED, linkId, null);
        return l;
    }

    /** Moves a part to (x, y). */
    public void move(String id, double x, double y) {
        requireComponent(id).setPosition(x, y);
        fire(DesignChange.Type.MOVED, id, null);
    }

    /** Changes a part's display name. */
    public void rename(String id, String newName) {
        requireComponent(id).setName(newName);
        fire(DesignChange.Type.RENAMED, id, null);
    }

    /** Sets ({@code value} non-null) or clears to the default ({@code null}) a part parameter. */
    public void setParam(String id, String key, Object value) {
        Component c = requireComponent(id);
        c.putParam(key, typed(c, key, value));
        fire(DesignChange.Type.PARAM_CHANGED, id, key);
    }

    /** Sets ({@code value} non-null) or clears to the default ({@code null}) a link parameter. */
    public void setLinkParam(String linkId, String key, Object value) {
        Link l = requireLink(linkId);
        l.putParam(key, typed(l, key, value));
        fire(DesignChange.Type.LINK_PARAM_CHANGED, linkId, key);
    }

    private static Object typed(Element e, String key, Object value) {
        ParamSpec spec = e.spec(key).orElseThrow(
                () -> new IllegalArgumentException(e.id() + " has no parameter \"" + key + "\""));
        if (value == null) {
            return null;
        }
        return spec.normalize(value).orElseThrow(() -> new IllegalArgumentException(
                e.id() + "." + key + ": must be " + spec.type().readable() + ", was " + value));
    }

    // ---- listeners and copies ------------------------------------------------------------------------------------

    public void addListener(DesignListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(DesignListener l) {
        listeners.remove(l);
    }

    private void fire(DesignChange.Type type, String id, String key) {
        if (listeners.isEmpty()) {
            return;
        }
        DesignChange change = new DesignChange(type, id, key);
        for (DesignListener l : listeners) {
            l.changed(change);
        }
    }

    /** A deep copy with no listeners: same name, parts, links, order and values. */
    public Design copy() {
        Design d = new Design(name);
        for (Component c : components()) {
            d.addComponent(c.copy());
        }
        for (Link l : links()) {
            d.connect(l.copy());
        }
        return d;
    }

    /**
     * Whether {@code other} holds the same document: name, parts (id, kind, name, position, explicit values) and
     * links (endpoints, explicit values), in the same order. Identity-based {@code equals} is kept for graph use.
     */
    public boolean sameContent(Design other) {
        if (!name.equals(other.name) || !componentOrder.equals(other.componentOrder)
                || !linkOrder.equals(other.linkOrder)) {
            return false;
        }
        for (Component c : components.values()) {
            Component o = other.components.get(c.id());
            if (!c.kind().id().equals(o.kind().id()) || !c.name().equals(o.name()) || c.x() != o.x() || c.y() != o.y()
                    || !c.explicitParams().equals(o.explicitParams())) {
                return false;
            }
        }
        for (Link l : links.values()) {
            if (!l.explicitParams().equals(other.links.get(l.id()).explicitParams())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Design[" + name + ", " + components.size() + " parts, " + links.size() + " links]";
    }
}
