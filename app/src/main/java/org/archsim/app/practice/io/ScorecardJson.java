package org.archsim.app.practice.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.archsim.lessons.practice.Estimate;
import org.archsim.lessons.practice.ScoreRow;
import org.archsim.lessons.practice.Scorecard;

/** A scorecard as JSON ({@code archsim.scorecard/1}) for scripts: verdict, rows, estimates. */
public final class ScorecardJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScorecardJson() {
    }

    /** The scorecard as indented JSON text. */
    public static String write(Scorecard card) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "archsim.scorecard/1");
        root.put("problem", card.problemId());
        root.put("design", card.designName());
        root.put("passed", card.passed());
        ArrayNode rows = root.putArray("rows");
        for (ScoreRow r : card.rows()) {
            rows.addObject().put("criterion", r.criterion()).put("passed", r.passed()).put("evidence", r.evidence());
        }
        ArrayNode est = root.putArray("estimates");
        for (Estimate e : card.estimates()) {
            ObjectNode o = est.addObject().put("name", e.name()).put("expected", e.expected());
            if (e.given() == null) {
                o.putNull("given");
            } else {
                o.put("given", e.given());
            }
            o.put("passed", e.passed()).put("explanation", e.explanation());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
