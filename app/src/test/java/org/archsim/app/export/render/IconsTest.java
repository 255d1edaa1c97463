package org.archsim.app.export.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.archsim.model.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Icons from {@code assets/icons/<kind>.svg} with built-in fallbacks, and the path-data parser under them. */
class IconsTest {

    @Test
    void everyStandardKindHasAGlyphEvenWithoutIconFiles(@TempDir Path empty) {
        IconLibrary lib = IconLibrary.fromDirectory(empty);
        for (var k : Catalog.standard().kinds()) {
            IconGlyph g = lib.icon(k.id());
            assertThat(g.builtIn()).isTrue();
            assertThat(g.shapes()).as(k.id()).isNotEmpty();
        }
    }

    @Test
    void anIconFileIsPreferred(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cache.svg"), "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48'>"
                + "<path d='M4 4h40v40H4z' fill='none' stroke='#000' stroke-width='4'/><circle cx='24' cy='24' r='6'/></svg>");
        Files.writeString(dir.resolve("queue.svg"), "not xml");
        IconLibrary lib = IconLibrary.fromDirectory(dir);
        IconGlyph cache = lib.icon("cache");
        assertThat(cache.builtIn()).isFalse();
        assertThat(cache.viewBox()).isEqualTo(48);
        assertThat(cache.shapes()).hasSize(2);
        assertThat(cache.shapes().get(0).filled()).isFalse();
        assertThat(cache.shapes().get(0).strokeWidth()).isEqualTo(4);
        assertThat(cache.shapes().get(1).filled()).isTrue();
        assertThat(lib.icon("queue").builtIn()).as("unreadable file falls back").isTrue();
    }

    @Test
    void pathDataParsesRelativeCommandsCurvesAndArcs() {
        PathData p = SvgPathParser.parse("M10 10h5v5l-5 0zm20 0c1 1 2 2 3 3s1 1 2 2q1 1 2 2t2 2a5 5 0 1 0 10 0");
        double[] c = p.coords();
        assertThat(p.ops()[0]).isEqualTo(PathData.Op.MOVE);
        assertThat(c[2]).isEqualTo(15); // h5 from x=10
        assertThat(c[5]).isEqualTo(15); // v5 from y=10
        // After z, m20 0 is relative to the sub-path start (10, 10).
        int k = 0;
        for (PathData.Op op : p.ops()) {
            if (op == PathData.Op.MOVE && k > 0) {
                assertThat(c[k]).isEqualTo(30);
                assertThat(c[k + 1]).isEqualTo(10);
            }
            k += op.arity();
        }
        assertThat(p.ops()[p.size() - 1]).isEqualTo(PathData.Op.CUBIC);
        assertThatThrownBy(() -> SvgPathParser.parse("M1 1 L x")).hasMessageContaining("offset");
    }

    @Test
    void aFullCircleArcStaysOnItsCircle() {
        PathData p = SvgPathParser.parse("M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0z");
        double[] c = p.coords();
        for (int i = 0; i + 1 < c.length; i += 2) {
            double r = Math.hypot(c[i] - 12, c[i + 1] - 12);
            assertThat(r).isBetween(9.0, 11.6); // control points lie a little outside the circle
        }
        assertThat(c[c.length - 2]).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-9));
    }
}
