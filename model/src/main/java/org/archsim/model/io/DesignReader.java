package org.archsim.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.archsim.model.Link;
import org.archsim.model.ParamSpec;

/**
 * Checks a located JSON tree against the design format and the catalog, collecting every problem, and produces a
 * {@link DesignDto} when there are none worth stopping for (the caller throws if any were collected).
 */
final class DesignReader {

    static final List<String> TOP_FIELDS = List.of("format", "name", "components", "links");
    static final List<String> COMPONENT_FIELDS = List.of("id", "kind", "name", "x", "y", "params");
    /** Canvas coordinates: any finite number. */
    static final ParamSpec X = ParamSpec.decimal("x", "px", 0.0, null, null, "Horizontal position on the canvas.");
    static final ParamSpec Y = ParamSpec.decimal("y", "px", 0.0, null, null, "Vertical position on the canvas.");

    private final Catalog catalog;
    private final Problems p;

    DesignReader(Catalog catalog, Problems p) {
        this.catalog = catalog;
        this.p = p;
    }

    /** The design, or {@code null} when the document is too broken to read further (problems were reported). */
    DesignDto read(Node root) {
        Fields top = Fields.of(root, "", "a design file", p);
        if (top == null) {
            return null;
        }
        if (!top.format(DesignDto.FORMAT)) {
            return null;
        }
        top.rejectUnknown(TOP_FIELDS, "a design file");
        String name = top.string("name", true);
        List<DesignDto.ComponentDto> components = new ArrayList<>();
        // Ids of every part the file declares, even broken ones, so a broken part does not also break its links.
        Map<String, String> declared = new HashMap<>();
        List<Node> items = top.array("components", true);
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                DesignDto.ComponentDto c = component(items.get(i), Problems.index("components", i), declared);
                if (c != null) {
                    components.add(c);
                }
            }
        }
        List<DesignDto.LinkDto> links = new ArrayList<>();
        List<Node> linkItems = top.array("links", false);
        if (linkItems != null) {
            Map<String, String> seenLinks = new HashMap<>();
            for (int j = 0; j < linkItems.size(); j++) {
                DesignDto.LinkDto l = link(linkItems.get(j), Problems.index("links", j), declared, seenLinks);
                if (l != null) {
                    links.add(l);
                }
            }
        }
        return new DesignDto(name == null ? "" : name, components, links);
    }

    private DesignDto.ComponentDto component(Node n, String path, Map<String, String> declared) {
        Fields f = Fields.of(n, path, "a component", p);
        if (f == null) {
            return null;
        }
        int before = p.count();
        f.rejectUnknown(COMPONENT_FIELDS, "a component");
        String id = f.nonBlank("id", true);
        if (id != null) {
            if (id.contains("->")) {
                p.at(f.obj().get("id"), f.path("id"), "must not contain \"->\" (link ids use it), was " + Node.quote(id));
            } else if (declared.containsKey(id)) {
                p.at(f.obj().get("id"), f.path("id"), "duplicate id " + Node.quote(id) + " (already used by "
                        + declared.get(id) + ")");
            } else {
                declared.put(id, path);
            }
        }
        String kindId = f.nonBlank("kind", true);
        ComponentKind kind = null;
        if (kindId != null) {
            kind = catalog.kind(kindId).orElse(null);
            if (kind == null) {
                List<String> known = catalog.kinds().stream().map(ComponentKind::id).toList();
                p.at(f.obj().get("kind"), f.path("kind"), "unknown kind " + Node.quote(kindId)
                        + Suggest.hint(kindId, known) + " (known kinds: " + String.join(", ", known) + ")");
            }
        }
        String name = f.string("name", false);
        Double x = f.number("x", X, false);
        Double y = f.number("y", Y, false);
        SortedMap<String, Object> params = new TreeMap<>();
        Node paramsNode = f.obj().get("params");
        if (paramsNode != null) {
            Fields pf = Fields.of(paramsNode, f.path("params"), "params", p);
            if (pf != null && kind != null) {
                for (Node.Member m : pf.obj().members()) {
                    param(kind, m, pf.path(m.key()), params);
                }
            }
        }
        if (p.count() != before) {
            return null;
        }
        return new DesignDto.ComponentDto(id, kindId, name == null || name.equals(id) ? null : name, x, y, params);
    }

    private void param(ComponentKind kind, Node.Member m, String path, SortedMap<String, Object> out) {
        ParamSpec spec = kind.param(m.key()).orElse(null);
        if (spec == null) {
            List<String> keys = kind.params().stream().map(ParamSpec::key).toList();
            p.atKey(m, path, "unknown parameter of a " + kind.id() + Suggest.hint(m.key(), keys) + " (" + kind.id()
                    + " parameters: " + String.join(", ", keys) + ")");
            return;
        }
        Object v = Values.value(m.value(), path, spec, p);
        if (v != null) {
            out.put(m.key(), v);
        }
    }

    private DesignDto.LinkDto link(Node n, String path, Map<String, String> declared, Map<String, String> seen) {
        Fields f = Fields.of(n, path, "a link", p);
        if (f == null) {
            return null;
        }
        int before = p.count();
        Set<String> known = new LinkedHashSet<>(List.of("from", "to"));
        catalog.linkParams().forEach(s -> known.add(s.key()));
        f.rejectUnknown(known, "a link");
        String from = endpoint(f, "from", declared);
        String to = endpoint(f, "to", declared);
        if (from != null && to != null) {
            if (from.equals(to)) {
                p.at(f.obj().get("to"), f.path("to"), "a part cannot link to itself (" + Node.quote(from) + ")");
            } else {
                String id = Link.idOf(from, to);
                String first = seen.putIfAbsent(id, path);
                if (first != null) {
                    p.at(f.obj(), path, "duplicate link " + id + " (already declared at " + first + ")");
                }
            }
        }
        SortedMap<String, Object> params = new TreeMap<>();
        Set<String> endpoints = new HashSet<>(List.of("from", "to"));
        for (Node.Member m : f.obj().members()) {
            if (!endpoints.contains(m.key())) {
                catalog.linkParam(m.key()).ifPresent(spec -> {
                    Object v = Values.value(m.value(), f.path(m.key()), spec, p);
                    if (v != null) {
                        params.put(m.key(), v);
                    }
                });
            }
        }
        return p.count() != before ? null : new DesignDto.LinkDto(from, to, params);
    }

    private String endpoint(Fields f, String key, Map<String, String> declared) {
        String id = f.nonBlank(key, true);
        if (id != null && !declared.containsKey(id)) {
            p.at(f.obj().get(key), f.path(key), "no part with id " + Node.quote(id) + Suggest.hint(id,
                    declared.keySet()));
            return null;
        }
        return id;
    }
}
