package org.archsim.lessons.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.archsim.model.io.FormatException;
import org.archsim.model.io.FormatProblem;

/**
 * Parses pack and lesson files into located {@link JValue} trees. Syntax errors stop at the first one and are
 * located; duplicate keys are reported as problems. Nesting, string and number lengths are capped; the tree is built
 * without recursion, so hostile input cannot overflow the stack.
 */
final class Json {

    private static final int MAX_DEPTH = 32;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(200_000).maxNumberLength(100).build())
            .build();

    private Json() {
    }

    /** Parses {@code text} from {@code source}; duplicate keys are added to {@code problems}. */
    static JValue parse(String source, String text, List<FormatProblem> problems) throws FormatException {
        if (text.isBlank()) {
            throw new FormatException(new FormatProblem(source, 1, 1, "", "the file is empty; expected a JSON object"));
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                JValue root = build(p, source, problems);
                if (p.nextToken() != null) {
                    throw located(source, p.currentTokenLocation(), "unexpected content after the end of the JSON value");
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
                String m = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\n.*", "");
                throw located(source, at, "invalid JSON: " + m);
            }
        } catch (IOException e) {
            throw new FormatException(new FormatProblem(source, 1, 1, "", "not readable as JSON: " + e.getMessage()));
        }
    }

    private static FormatException located(String source, JsonLocation at, String message) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int col = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new FormatException(new FormatProblem(source, line, col, "", message));
    }

    private static JValue build(JsonParser p, String source, List<FormatProblem> problems)
            throws IOException, FormatException {
        Deque<Open> stack = new ArrayDeque<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            JsonLocation at = p.currentTokenLocation();
            int line = at.getLineNr();
            int col = at.getColumnNr();
            JValue done = null;
            switch (t) {
                case START_OBJECT, START_ARRAY -> stack.push(new Open(line, col, t == JsonToken.START_OBJECT));
                case FIELD_NAME -> {
                    Open o = stack.peek();
                    o.key = p.currentName();
                    o.keyLine = line;
                    o.keyCol = col;
                    if (!o.keys.add(o.key)) {
                        problems.add(new FormatProblem(source, line, col, o.key, "duplicate field \"" + o.key + "\""));
                    }
                }
                case END_OBJECT, END_ARRAY -> done = stack.pop().close();
                case VALUE_STRING -> done = new JValue.Str(line, col, p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> done = new JValue.Num(line, col, p.getText());
                case VALUE_TRUE, VALUE_FALSE -> done = new JValue.Bool(line, col, t == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> done = new JValue.Null(line, col);
                default -> throw located(source, at, "invalid JSON: unexpected " + t);
            }
            if (done != null) {
                if (stack.isEmpty()) {
                    return done;
                }
                stack.peek().add(done);
            }
        }
        throw new FormatException(new FormatProblem(source, 1, 1, "", "the file holds no JSON value"));
    }

    /** An object or array still being read. */
    private static final class Open {
        final int line;
        final int col;
        final boolean object;
        final List<JValue.Member> members = new ArrayList<>();
        final List<JValue> items = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        String key;
        int keyLine;
        int keyCol;

        Open(int line, int col, boolean object) {
            this.line = line;
            this.col = col;
            this.object = object;
        }

        void add(JValue v) {
            if (object) {
                members.add(new JValue.Member(key, keyLine, keyCol, v));
            } else {
                items.add(v);
            }
        }

        JValue close() {
            return object ? new JValue.Obj(line, col, List.copyOf(members)) : new JValue.Arr(line, col, List.copyOf(items));
        }
    }
}
