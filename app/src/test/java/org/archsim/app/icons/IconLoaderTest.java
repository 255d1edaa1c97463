package org.archsim.app.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.archsim.model.Catalog;
import org.archsim.model.ComponentKind;
import org.junit.jupiter.api.Test;

class IconLoaderTest {

    @Test
    void everyKindHasAnIconWithPathData() {
        for (ComponentKind k : Catalog.standard().kinds()) {
            IconLoader.Icon icon = IconLoader.icon(k.icon());
            assertThat(icon.paths()).as(k.icon()).isNotEmpty();
            assertThat(icon.strokeWidth()).isPositive();
        }
    }

    @Test
    void parsingReadsEveryPathAndRefusesAnIconWithout() {
        IconLoader.Icon icon = IconLoader.parse("<svg stroke-width=\"1.5\"><path d=\"M0 0h1\"/><path  d=\"M2 2\"/></svg>",
                "t");
        assertThat(icon.paths()).containsExactly("M0 0h1", "M2 2");
        assertThat(icon.strokeWidth()).isEqualTo(1.5);
        assertThatThrownBy(() -> IconLoader.parse("<svg/>", "empty")).hasMessageContaining("no <path");
    }
}
