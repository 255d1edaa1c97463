package org.archsim.lessons.mutate;

import java.util.Optional;
import org.archsim.model.Design;
import org.archsim.model.Element;
import org.archsim.model.ParamSpec;

/**
 * Sets a parameter of a part ({@code setParam}) or of a link ({@code setLinkParam}), e.g. {@code instances} back to 1,
 * or a link's {@code timeoutMs} back to 0.
 *
 * @param target part id, or link id {@code from->to}
 * @param link   whether {@code target} is a link
 * @param key    parameter key
 * @param value  the value as read from JSON (number, string, boolean); brought to the parameter's type on apply
 */
public record SetParam(String target, boolean link, String key, Object value) implements Mutation {

    private Optional<? extends Element> element(Design d) {
        return link ? d.link(target) : d.component(target);
    }

    @Override
    public Optional<String> problemWith(Design d) {
        Optional<? extends Element> e = element(d);
        if (e.isEmpty()) {
            return Optional.of("the solution has no " + (link ? "link" : "part") + " \"" + target + "\"");
        }
        Optional<ParamSpec> spec = e.get().spec(key);
        if (spec.isEmpty()) {
            return Optional.of("\"" + target + "\" has no parameter \"" + key + "\"");
        }
        return spec.get().check(value).map(r -> key + " " + r);
    }

    @Override
    public void applyTo(Design d) {
        Element e = element(d).orElseThrow();
        Object v = e.spec(key).orElseThrow().normalize(value).orElseThrow();
        if (link) {
            d.setLinkParam(target, key, v);
        } else {
            d.setParam(target, key, v);
        }
    }

    @Override
    public String describe() {
        return "set " + key + " of " + target + " to " + value;
    }
}
