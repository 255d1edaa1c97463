package org.archsim.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.ComponentKind;
import org.archsim.model.Design;
import org.archsim.model.Element;
import org.archsim.model.Link;
import org.archsim.model.ParamSpec;

/**
 * Turns generated numbers into designs and commands for the property test. Indexes one past the end name missing
 * parts and links, and value choices include out-of-range, wrongly typed and unknown keys, so many edits are invalid.
 */
final class RandomEdits {

    static final List<ComponentKind> KINDS = List.copyOf(Catalog.standard().kinds());

    /** One generated edit: {@code op} picks the kind of edit, the other numbers its arguments. */
    record Edit(int op, int a, int b, int c, int v) {
    }

    private RandomEdits() {
    }

    /** A design with parts of the given kinds and links between the given index pairs (pair = a * 16 + b). */
    static Design start(List<Integer> kinds, List<Integer> pairs) {
        Design d = new Design("start");
        for (int i = 0; i < kinds.size(); i++) {
            d.addComponent(new Component("p" + i, KINDS.get(kinds.get(i) % KINDS.size()), i * 50.0, i % 3 * 40.0));
        }
        int n = kinds.size();
        for (int pair : pairs) {
            if (n < 2) {
                break;
            }
            String from = "p" + (pair / 16) % n;
            String to = "p" + pair % 16 % n;
            if (!from.equals(to) && d.link(Link.idOf(from, to)).isEmpty()) {
                d.connect(new Link(from, to));
            }
        }
        return d;
    }

    /** The id of part {@code i} modulo (parts + 1); the extra slot is a part that does not exist. */
    static String partId(Design d, int i) {
        List<Component> cs = d.components();
        int k = i % (cs.size() + 1);
        return k == cs.size() ? "ghost" : cs.get(k).id();
    }

    /** The id of link {@code i} modulo (links + 1); the extra slot is a link that does not exist. */
    static String linkId(Design d, int i) {
        List<Link> ls = d.links();
        int k = i % (ls.size() + 1);
        return k == ls.size() ? "ghost->p0" : ls.get(k).id();
    }

    /** Part ids chosen by the bits of {@code mask}. */
    static List<String> parts(Design d, int mask) {
        List<String> out = new ArrayList<>();
        List<Component> cs = d.components();
        for (int i = 0; i < cs.size() && i < 31; i++) {
            if ((mask >> i & 1) == 1) {
                out.add(cs.get(i).id());
            }
        }
        return out;
    }

    /** Link ids chosen by the bits of {@code mask}. */
    static List<String> links(Design d, int mask) {
        List<String> out = new ArrayList<>();
        List<Link> ls = d.links();
        for (int i = 0; i < ls.size() && i < 31; i++) {
            if ((mask >> i & 1) == 1) {
                out.add(ls.get(i).id());
            }
        }
        return out;
    }

    /** One of the keys in {@code specs}, or (one slot more) a key the element does not have. */
    static String key(List<ParamSpec> specs, int b) {
        int k = b % (specs.size() + 1);
        return k == specs.size() ? "noSuchKey" : specs.get(k).key();
    }

    /** The specs of a part or link (empty when the element is missing). */
    static List<ParamSpec> specs(Element e) {
        return e instanceof Component c ? c.kind().params() : Catalog.standard().linkParams();
    }

    /** A value for {@code spec}: valid, default, null (reset), out of range or of the wrong type. */
    static Object value(ParamSpec spec, int v) {
        if (spec == null) {
            return v;
        }
        int pick = v % 8;
        if (pick == 6) {
            return null;
        }
        if (pick == 7) {
            return spec.defaultValue();
        }
        double lo = spec.min() == null ? -1000 : spec.min();
        double hi = spec.max() == null ? 1000 : spec.max();
        return switch (spec.type()) {
            case INT -> switch (pick) {
                case 0 -> (long) lo;
                case 1 -> (int) hi;
                case 2 -> (int) lo - 1;
                case 3 -> (double) Math.min(hi, lo + v % 5);
                case 4 -> 2.5;
                default -> "five";
            };
            case DECIMAL -> switch (pick) {
                case 0 -> lo;
                case 1 -> hi + 1;
                case 2 -> Double.NaN;
                case 3 -> (lo + hi) / 2;
                case 4 -> (float) Math.min(hi, lo + v % 7);
                default -> true;
            };
            case BOOL -> pick < 2 ? pick == 0 : pick < 4 ? (Object) (v % 2 == 0) : "yes";
            case CHOICE -> pick < 4 ? spec.choices().get(v % spec.choices().size()) : pick == 4 ? "bogus" : 3;
            case TEXT -> pick < 4 ? "t" + v % 5 : 7;
            case WEIGHTS -> pick < 3 ? Map.of("/", (double) (v % 4)) : pick == 3 ? Map.of("/x", -1.0) : "heavy";
        };
    }
}
