package org.archsim.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.ComponentKind;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.model.ParamSpec;

/** Random valid designs survive write → read unchanged, and writing is deterministic. */
class DesignRoundTripProperties {

    private static final List<ComponentKind> KINDS = List.copyOf(Catalog.standard().kinds());

    @Property(tries = 200)
    void writeThenReadGivesTheSameDesign(@ForAll("designs") Design design) throws FormatException {
        String text = DesignCodec.toJson(design);
        Design back = DesignCodec.read("roundtrip.archsim.json", text);
        assertThat(back.sameContent(design)).as(text).isTrue();
        assertThat(DesignCodec.toJson(back)).isEqualTo(text);
        assertThat(DesignCodec.toJson(design)).isEqualTo(text);
    }

    @Provide
    Arbitrary<Design> designs() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '✓', '"', '\\', '\n')
                .ofMinLength(0).ofMaxLength(12);
        Arbitrary<List<Part>> parts = part().list().ofMaxSize(8);
        Arbitrary<List<int[]>> pairs = Arbitraries.integers().between(0, 7).array(int[].class).ofSize(2).list()
                .ofMaxSize(12);
        Arbitrary<List<Map<String, Object>>> linkParams = params(Catalog.standard().linkParams()).list().ofSize(12);
        return Combinators.combine(names, parts, pairs, linkParams).as(DesignRoundTripProperties::build);
    }

    private static Design build(String name, List<Part> parts, List<int[]> pairs, List<Map<String, Object>> linkParams) {
        Design d = new Design(name);
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String id = p.kind().id() + "-" + i;
            d.addComponent(new Component(id, p.kind(), p.x(), p.y()));
            d.rename(id, p.name());
            p.params().forEach((k, v) -> d.setParam(id, k, v));
        }
        List<Component> cs = d.components();
        for (int j = 0; j < pairs.size() && cs.size() > 1; j++) {
            Component from = cs.get(pairs.get(j)[0] % cs.size());
            Component to = cs.get(pairs.get(j)[1] % cs.size());
            String id = Link.idOf(from.id(), to.id());
            if (from != to && d.link(id).isEmpty()) {
                d.connect(new Link(from.id(), to.id()));
                linkParams.get(j).forEach((k, v) -> d.setLinkParam(id, k, v));
            }
        }
        return d;
    }

    record Part(ComponentKind kind, String name, double x, double y, Map<String, Object> params) {
    }

    private Arbitrary<Part> part() {
        return Arbitraries.of(KINDS).flatMap(kind -> Combinators.combine(
                Arbitraries.strings().alpha().numeric().withChars(' ', '-').ofMaxLength(10),
                coordinate(), coordinate(), params(kind.params()))
                .as((n, x, y, ps) -> new Part(kind, n, x, y, ps)));
    }

    private static Arbitrary<Double> coordinate() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-2000, 2000).map(Integer::doubleValue),
                Arbitraries.doubles().between(-1e300, 1e300), Arbitraries.doubles().between(-1e-3, 1e-3)).map(d -> d + 0.0);
    }

    /** A random subset of the specs with random valid values. */
    private static Arbitrary<Map<String, Object>> params(List<ParamSpec> specs) {
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (ParamSpec s : specs) {
            values.add(value(s).injectNull(0.6));
        }
        return Combinators.combine(values).as(vs -> {
            Map<String, Object> m = new java.util.TreeMap<>();
            for (int i = 0; i < specs.size(); i++) {
                if (vs.get(i) != null) {
                    m.put(specs.get(i).key(), vs.get(i));
                }
            }
            return m;
        });
    }

    private static Arbitrary<Object> value(ParamSpec s) {
        return switch (s.type()) {
            case INT -> Arbitraries.integers().between(s.min().intValue(), s.max().intValue()).map(i -> (Object) i);
            case DECIMAL -> Arbitraries.oneOf(
                    Arbitraries.doubles().between(s.min(), s.max()),
                    Arbitraries.integers().between((int) Math.ceil(s.min()), (int) Math.min(s.max(), 1e9))
                            .map(Integer::doubleValue))
                    .map(d -> (Object) (d + 0.0));
            case BOOL -> Arbitraries.of(true, false).map(b -> (Object) b);
            case CHOICE -> Arbitraries.of(s.choices()).map(c -> (Object) c);
            case TEXT -> Arbitraries.strings().ofMaxLength(8).map(t -> (Object) t);
            case WEIGHTS -> Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
                    Arbitraries.doubles().between(0, 100).map(d -> d + 0.0)).ofMaxSize(3).map(m -> (Object) m);
        };
    }
}
