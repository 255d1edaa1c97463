package org.archsim.model.io;

import java.util.Objects;
import org.archsim.model.scenario.Scenario;

/**
 * A scenario as read from a file, together with where each of its fields sits in that file, so that problems found
 * later — a fault target the design does not have — can still name the line and column
 * ({@link ScenarioCodec#checkAgainst(ScenarioDocument, org.archsim.model.Design)}).
 */
public final class ScenarioDocument {

    private final Scenario scenario;
    private final SourceMap sourceMap;

    ScenarioDocument(Scenario scenario, SourceMap sourceMap) {
        this.scenario = Objects.requireNonNull(scenario);
        this.sourceMap = Objects.requireNonNull(sourceMap);
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The file or source name problems are reported under. */
    public String sourceName() {
        return sourceMap.source();
    }

    SourceMap sourceMap() {
        return sourceMap;
    }
}
