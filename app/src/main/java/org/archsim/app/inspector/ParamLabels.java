package org.archsim.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.archsim.model.ParamSpec;

/**
 * Readable labels for parameter keys: {@code serviceTimeMs} becomes "Service time" (the unit is shown beside the
 * field, so a unit suffix in the key is dropped), {@code ttlS} becomes "TTL". A few keys whose words alone would
 * read oddly have their own label.
 */
public final class ParamLabels {

    private static final Set<String> ACRONYMS = Set.of("ttl", "rps", "cv", "id", "lb", "dns", "cdn");
    private static final Map<String, String> SPECIAL = Map.of(
            "zipfS", "Key skew (Zipf s)",
            "rps", "Request rate",
            "sizeFactor", "Machine size");

    private ParamLabels() {
    }

    /** The label for {@code spec}. */
    public static String label(ParamSpec spec) {
        String special = SPECIAL.get(spec.key());
        if (special != null) {
            return special;
        }
        List<String> words = words(spec.key());
        String unit = spec.unit().toLowerCase(Locale.ROOT);
        if (words.size() > 1) {
            String last = words.get(words.size() - 1);
            if (last.equals(unit) || (last.equals("rps") && unit.equals("req/s"))) {
                words.remove(words.size() - 1);
            }
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String shown = ACRONYMS.contains(w) ? w.toUpperCase(Locale.ROOT) : w;
            if (b.isEmpty() && !ACRONYMS.contains(w)) {
                shown = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(b.isEmpty() ? "" : " ").append(shown);
        }
        return b.toString();
    }

    private static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (char ch : key.toCharArray()) {
            if (Character.isUpperCase(ch) && !cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(Character.toLowerCase(ch));
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }
}
