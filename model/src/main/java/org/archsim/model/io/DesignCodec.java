package org.archsim.model.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;

/**
 * Reads and writes design files ({@code archsim.design/1}, see {@code docs/formats.md}).
 *
 * <p>Reading checks everything the format and the catalog say — unknown fields, kinds and parameters, parameter
 * types and ranges, duplicate ids, links to missing parts, self-links, duplicate links — and reports every problem
 * with file, line, column and field path in one {@link FormatException}. Writing is deterministic: the same design
 * always gives the same text.
 *
 * <pre>{@code
 * Design d = DesignCodec.read(Path.of("monolith.archsim.json"));
 * DesignCodec.write(d, Path.of("copy.archsim.json"));
 * }</pre>
 */
public final class DesignCodec {

    private DesignCodec() {
    }

    /**
     * Reads a design file; problems are reported under {@code path.toString()}.
     *
     * @throws IOException     when the file cannot be read at all (missing, no permission)
     * @throws FormatException when its content is not a valid design
     */
    public static Design read(Path path) throws IOException, FormatException {
        String source = path.toString();
        return read(source, JsonSource.readFile(path, source));
    }

    /** Reads design text; {@code sourceName} names it in problems (a file name, {@code <clipboard>}, ...). */
    public static Design read(String sourceName, String text) throws FormatException {
        JsonSource.Parsed parsed = JsonSource.parse(sourceName, text);
        Problems p = new Problems(sourceName, parsed.problems());
        DesignDto dto = new DesignReader(Catalog.standard(), p).read(parsed.root());
        p.throwIfAny();
        return toDesign(dto);
    }

    /**
     * The design as file text: fixed field order, explicit parameters only, sorted, trailing newline.
     *
     * @throws IllegalArgumentException when the design cannot be represented in a file (a part id containing
     *                                  {@code ->}, a position that is NaN or infinite)
     */
    public static String toJson(Design design) {
        return JsonOut.text(toNode(toDto(design)));
    }

    /** Writes the design to {@code path} atomically (temporary file, fsync, rename). */
    public static void write(Design design, Path path) throws IOException {
        JsonOut.writeAtomically(path, toJson(design));
    }

    static Design toDesign(DesignDto dto) {
        Catalog catalog = Catalog.standard();
        Design d = new Design(dto.name());
        for (DesignDto.ComponentDto c : dto.components()) {
            d.addComponent(new Component(c.id(), catalog.require(c.kind()), c.x(), c.y()));
            if (c.name() != null) {
                d.rename(c.id(), c.name());
            }
            c.params().forEach((k, v) -> d.setParam(c.id(), k, v));
        }
        for (DesignDto.LinkDto l : dto.links()) {
            Link link = new Link(l.from(), l.to());
            d.connect(link);
            l.params().forEach((k, v) -> d.setLinkParam(link.id(), k, v));
        }
        return d;
    }

    static DesignDto toDto(Design design) {
        List<DesignDto.ComponentDto> components = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.id().contains("->") || !Double.isFinite(c.x()) || !Double.isFinite(c.y())) {
                throw new IllegalArgumentException("part \"" + c.id() + "\" cannot be written: ids must not contain "
                        + "\"->\" and positions must be finite (x " + c.x() + ", y " + c.y() + ")");
            }
            components.add(new DesignDto.ComponentDto(c.id(), c.kind().id(), c.name().equals(c.id()) ? null : c.name(),
                    c.x(), c.y(), new TreeMap<>(c.explicitParams())));
        }
        List<DesignDto.LinkDto> links = new ArrayList<>();
        for (Link l : design.links()) {
            links.add(new DesignDto.LinkDto(l.from(), l.to(), new TreeMap<>(l.explicitParams())));
        }
        return new DesignDto(design.name(), components, links);
    }

    private static ObjectNode toNode(DesignDto dto) {
        ObjectNode root = JsonOut.object();
        root.put("format", DesignDto.FORMAT);
        root.put("name", dto.name());
        ArrayNode components = root.putArray("components");
        for (DesignDto.ComponentDto c : dto.components()) {
            ObjectNode o = components.addObject();
            o.put("id", c.id());
            o.put("kind", c.kind());
            if (c.name() != null) {
                o.put("name", c.name());
            }
            o.set("x", JsonOut.number(c.x()));
            o.set("y", JsonOut.number(c.y()));
            putAll(o.putObject("params"), c.params());
        }
        ArrayNode links = root.putArray("links");
        for (DesignDto.LinkDto l : dto.links()) {
            ObjectNode o = links.addObject();
            o.put("from", l.from());
            o.put("to", l.to());
            putAll(o, l.params());
        }
        return root;
    }

    private static void putAll(ObjectNode o, SortedMap<String, Object> params) {
        params.forEach((k, v) -> o.set(k, JsonOut.value(v)));
    }
}
