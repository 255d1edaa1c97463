package org.archsim.lessons.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.archsim.model.Catalog;

/**
 * The schema pieces for goals, windows and removeConcept steps of a lesson file, built from {@link GoalReader}'s
 * table of goal types and fields and {@link MutationReader}'s actions. A goal field without a schema entry here is an
 * error at generation, so a new goal field cannot ship without its schema.
 */
final class GoalSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GoalSchemas() {
    }

    /** One goal: {@code type} picks the fields; each type's fields are closed. */
    static ObjectNode goal(Catalog catalog) {
        ObjectNode g = NODES.objectNode().put("type", "object");
        g.putArray("required").add("type");
        ArrayNode types = g.putObject("properties").putObject("type").putArray("enum");
        Map<String, List<String>> sorted = new TreeMap<>(GoalReader.TYPES);
        sorted.keySet().forEach(types::add);
        ArrayNode all = g.putArray("allOf");
        for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
            ObjectNode rule = all.addObject();
            rule.putObject("if").putObject("properties").putObject("type").put("const", e.getKey());
            ObjectNode then = rule.putObject("then");
            ObjectNode props = then.putObject("properties");
            props.putObject("type");
            ArrayNode req = then.putArray("required");
            for (String field : e.getValue()) {
                props.set(field, field(e.getKey(), field, catalog));
                if (required(e.getKey(), field)) {
                    req.add(field);
                }
            }
            if (e.getKey().equals("part-count")) {
                then.putArray("anyOf").add(NODES.objectNode().set("required", NODES.arrayNode().add("min")))
                        .add(NODES.objectNode().set("required", NODES.arrayNode().add("max")));
            }
            then.put("additionalProperties", false);
        }
        return g;
    }

    /** A time window: from/to seconds, or the first fault on a target. */
    static ObjectNode window() {
        ObjectNode w = NODES.objectNode().put("type", "object")
                .put("description", "{fromS, toS} or {duringFault: target}; it must lie after warm-up.");
        ObjectNode p = w.putObject("properties");
        for (String f : new java.util.TreeSet<>(GoalReader.WINDOW_FIELDS)) {
            switch (f) {
                case "fromS", "toS" -> p.putObject(f).put("type", "number").put("minimum", 0);
                case "duringFault" -> p.putObject(f).put("type", "string")
                        .put("description", "A fault target; the window is that fault's span.");
                case "label" -> p.putObject(f).put("type", "string")
                        .put("description", "Words that finish \"error rate ...\", e.g. \"during the partition\".");
                default -> throw new IllegalStateException("no schema for window field " + f);
            }
        }
        ArrayNode one = w.putArray("oneOf");
        one.addObject().putArray("required").add("fromS").add("toS");
        one.addObject().putArray("required").add("duringFault");
        w.put("additionalProperties", false);
        return w;
    }

    /** One removeConcept step: exactly one action, plus {@code bypass} for part removal. */
    static ObjectNode removeConcept() {
        ObjectNode m = NODES.objectNode().put("type", "object");
        ObjectNode p = m.putObject("properties");
        ArrayNode one = m.putArray("oneOf");
        for (String a : MutationReader.ACTIONS) {
            switch (a) {
                case "removeKind" -> p.putObject(a).put("type", "string").put("description", "Remove every part of "
                        + "this kind.");
                case "removePart" -> p.putObject(a).put("type", "string").put("description", "Remove this part.");
                case "removeLink" -> p.putObject(a).put("type", "string").put("pattern", "^.+->.+$")
                        .put("description", "Remove the link \"from->to\".");
                case "setParam", "setLinkParam" -> {
                    String target = a.equals("setParam") ? "part" : "link";
                    ObjectNode s = p.putObject(a).put("type", "object");
                    s.putArray("required").add(target).add("key").add("value");
                    ObjectNode sp = s.putObject("properties");
                    sp.putObject(target).put("type", "string");
                    sp.putObject("key").put("type", "string");
                    sp.putObject("value").putArray("type").add("number").add("string").add("boolean");
                    s.put("additionalProperties", false);
                }
                default -> throw new IllegalStateException("no schema for removeConcept action " + a);
            }
            one.addObject().putArray("required").add(a);
        }
        p.putObject("bypass").put("type", "boolean")
                .put("description", "With removeKind/removePart: link the callers to the removed part's targets.");
        m.put("additionalProperties", false);
        return m;
    }

    private static boolean required(String type, String field) {
        if (field.equals("endpoint") || field.equals("window") || type.equals("part-count")) {
            return false; // part-count needs min or max (anyOf below); its kind is optional
        }
        return true;
    }

    private static ObjectNode field(String type, String field, Catalog catalog) {
        ObjectNode n = NODES.objectNode();
        switch (field) {
            case "kind" -> {
                ArrayNode kinds = n.putArray("enum");
                catalog.kinds().forEach(k -> kinds.add(k.id()));
            }
            case "stat" -> {
                ArrayNode stats = n.putArray("enum");
                GoalReader.STATS.forEach(stats::add);
            }
            case "maxMs" -> n.put("type", "number").put("minimum", 0).put("maximum", 3_600_000);
            case "perHour", "minRps" -> n.put("type", "number").put("minimum", 0).put("maximum", 1e9);
            case "endpoint", "part" -> n.put("type", "string").put("minLength", 1);
            case "window" -> n.put("$ref", "#/$defs/window");
            case "min", "max" -> {
                if (type.matches("part-count|instances-behind-balancer|stale-reads")) {
                    n.put("type", "integer").put("minimum", type.equals("instances-behind-balancer") ? 1 : 0);
                } else {
                    n.put("type", "number").put("minimum", 0).put("maximum", 1);
                }
            }
            default -> throw new IllegalStateException("no schema for field " + field + " of goal " + type);
        }
        return n;
    }
}
