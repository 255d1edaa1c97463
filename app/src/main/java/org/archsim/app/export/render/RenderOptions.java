package org.archsim.app.export.render;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.archsim.sim.report.SimulationReport;

/**
 * How to draw a design.
 *
 * @param theme       colours
 * @param transparent leave the page unpainted (cards and links still use the theme)
 * @param metrics     a run's report to overlay (utilisation bar, error badge, a metrics line per part), or empty
 * @param selection   the part ids to draw (with the links between them); empty draws everything
 * @param icons       where part icons come from
 */
public record RenderOptions(Theme theme, boolean transparent, Optional<SimulationReport> metrics, Set<String> selection,
                            IconLibrary icons) {

    public RenderOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(metrics, "metrics");
        selection = Set.copyOf(selection);
        Objects.requireNonNull(icons, "icons");
    }

    /** Light theme, painted page, no metrics, everything, icons from the class path. */
    public static RenderOptions defaults() {
        return new RenderOptions(Theme.LIGHT, false, Optional.empty(), Set.of(), IconLibrary.fromClassPath());
    }

    public RenderOptions withTheme(Theme t) {
        return new RenderOptions(t, transparent, metrics, selection, icons);
    }

    public RenderOptions withTransparent(boolean t) {
        return new RenderOptions(theme, t, metrics, selection, icons);
    }

    public RenderOptions withMetrics(SimulationReport report) {
        return new RenderOptions(theme, transparent, Optional.ofNullable(report), selection, icons);
    }

    public RenderOptions withSelection(Set<String> ids) {
        return new RenderOptions(theme, transparent, metrics, ids, icons);
    }

    public RenderOptions withIcons(IconLibrary library) {
        return new RenderOptions(theme, transparent, metrics, selection, library);
    }
}
