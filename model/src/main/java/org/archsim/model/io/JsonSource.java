package org.archsim.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a file or a string into a located {@link Node} tree, or a {@link FormatException} with a location. Guards
 * against hostile input: files over {@value #MAX_BYTES} bytes, invalid UTF-8, nesting deeper than
 * {@value #MAX_DEPTH}, strings over {@value #MAX_STRING_CHARS} characters, numbers over {@value #MAX_NUMBER_CHARS}
 * digits and more than {@value #MAX_VALUES} values are refused. The tree is built without recursion.
 */
final class JsonSource {

    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING_CHARS = 1_000_000;
    static final int MAX_NUMBER_CHARS = 1000;
    static final int MAX_VALUES = 500_000;

    private static final java.util.regex.Pattern NON_STANDARD =
            java.util.regex.Pattern.compile("Non-standard token '([^']*)'");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    /** A parsed document and the problems found while parsing that do not stop reading (duplicate keys). */
    record Parsed(Node root, List<FormatProblem> problems) {
    }

    private JsonSource() {
    }

    /** Reads a file as strict UTF-8 (a leading byte-order mark is skipped), refusing files over the size cap. */
    static String readFile(Path path, String sourceName) throws IOException, FormatException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw tooLarge(sourceName, size);
        }
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(sourceName, bytes.length);
        }
        return decode(bytes, sourceName);
    }

    private static FormatException tooLarge(String sourceName, long size) {
        return new FormatException(new FormatProblem(sourceName, 1, 1, "", "the file is " + size
                + " bytes; ArchSim reads files of at most " + MAX_BYTES + " bytes (16 MB)"));
    }

    static String decode(byte[] bytes, String sourceName) throws FormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        out.flip();
        if (r.isError()) {
            int[] lc = lineColumnAtEnd(out);
            throw new FormatException(new FormatProblem(sourceName, lc[0], lc[1], "",
                    "not a UTF-8 text file (invalid byte 0x" + String.format("%02x", bytes[in.position()] & 0xff)
                            + " at byte offset " + in.position() + ")"));
        }
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int[] lineColumnAtEnd(CharSequence s) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Parses {@code text}; JSON syntax errors and resource limits throw at the first one. */
    static Parsed parse(String sourceName, String text) throws FormatException {
        if (text.length() > MAX_BYTES) {
            throw tooLarge(sourceName, text.length());
        }
        if (text.isBlank()) {
            throw new FormatException(new FormatProblem(sourceName, 1, 1, "", "the file is empty; expected a JSON object"));
        }
        List<FormatProblem> problems = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                Node root = buildTree(p, sourceName, problems);
                if (p.nextToken() != null) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new FormatException(problem(sourceName, at,
                            "unexpected content after the end of the JSON value"));
                }
                return new Parsed(root, problems);
            } catch (JsonProcessingException e) {
                boolean atToken = e instanceof StreamConstraintsException || e.getLocation() == null;
                JsonLocation at = atToken ? p.currentTokenLocation() : e.getLocation();
                FormatProblem located = problem(sourceName, at, syntaxMessage(e));
                java.util.regex.Matcher m = NON_STANDARD.matcher(String.valueOf(e.getOriginalMessage()));
                if (m.find() && located.column() > m.group(1).length()) {
                    // Jackson reports the end of NaN/Infinity; point at its first character instead.
                    located = new FormatProblem(sourceName, located.line(), located.column() - m.group(1).length(), "",
                            located.message());
                }
                throw new FormatException(located);
            }
        } catch (IOException e) {
            // Reading from a String cannot fail with plain I/O errors; anything else from the parser is a syntax problem.
            throw new FormatException(new FormatProblem(sourceName, 1, 1, "", "not readable as JSON: " + e.getMessage()));
        }
    }

    private static FormatProblem problem(String sourceName, JsonLocation at, String message) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int col = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new FormatProblem(sourceName, line, col, "", message);
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "nested too deeply (more than " + MAX_DEPTH + " levels of objects and arrays)";
            }
            if (m.contains("String value length")) {
                return "a string is longer than " + MAX_STRING_CHARS + " characters";
            }
            if (m.contains("Number value length")) {
                return "a number is longer than " + MAX_NUMBER_CHARS + " characters";
            }
        }
        if (e instanceof JsonEOFException) {
            return "the file ends too early (truncated JSON?): " + clean(m);
        }
        if (m.contains("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers; write a finite number (" + clean(m).replaceAll(":.*", "") + ")";
        }
        return "invalid JSON: " + clean(m);
    }

    /** Rewrites Jackson's source references ("[Source: …; line: 1, column: 1]") to plain line/column text. */
    private static String clean(String m) {
        return m.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll("\\s*\\n.*", "");
    }

    private static Node buildTree(JsonParser p, String sourceName, List<FormatProblem> problems)
            throws IOException, FormatException {
        Deque<Open> stack = new ArrayDeque<>();
        int values = 0;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            JsonLocation at = p.currentTokenLocation();
            int line = at.getLineNr();
            int col = at.getColumnNr();
            Node done = null;
            switch (t) {
                case START_OBJECT -> stack.push(new Open(line, col, true, childPath(stack.peek())));
                case START_ARRAY -> stack.push(new Open(line, col, false, childPath(stack.peek())));
                case FIELD_NAME -> {
                    Open o = stack.peek();
                    o.key = p.currentName();
                    o.keyLine = line;
                    o.keyCol = col;
                    int[] first = o.keys.putIfAbsent(o.key, new int[] {line, col});
                    if (first != null) {
                        problems.add(new FormatProblem(sourceName, line, col, Problems.join(o.path, o.key),
                                "duplicate field \"" + o.key
                                + "\" (first at line " + first[0] + ", column " + first[1] + ")"));
                    }
                }
                case END_OBJECT, END_ARRAY -> done = stack.pop().close();
                case VALUE_STRING -> done = new Node.Str(line, col, p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> done = new Node.Num(line, col, p.getText());
                case VALUE_TRUE, VALUE_FALSE -> done = new Node.Bool(line, col, t == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> done = new Node.Null(line, col);
                default -> throw new FormatException(new FormatProblem(sourceName, line, col, "",
                        "invalid JSON: unexpected " + t));
            }
            if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                    && ++values > MAX_VALUES) {
                throw new FormatException(new FormatProblem(sourceName, line, col, "",
                        "too many values (more than " + MAX_VALUES + "); this is not a design ArchSim can use"));
            }
            if (done != null) {
                if (stack.isEmpty()) {
                    return done;
                }
                stack.peek().add(done);
            }
        }
        throw new FormatException(new FormatProblem(sourceName, 1, 1, "", "the file holds no JSON value"));
    }

    private static String childPath(Open parent) {
        if (parent == null) {
            return "";
        }
        return parent.object ? Problems.join(parent.path, parent.key) : parent.path + "[" + parent.items.size() + "]";
    }

    /** An object or array still being read. */
    private static final class Open {
        final int line;
        final int col;
        final boolean object;
        final String path;
        final List<Node.Member> members = new ArrayList<>();
        final List<Node> items = new ArrayList<>();
        final Map<String, int[]> keys = new HashMap<>();
        String key;
        int keyLine;
        int keyCol;

        Open(int line, int col, boolean object, String path) {
            this.path = path;
            this.line = line;
            this.col = col;
            this.object = object;
        }

        void add(Node n) {
            if (object) {
                members.add(new Node.Member(key, keyLine, keyCol, n));
            } else {
                items.add(n);
            }
        }

        Node close() {
            return object ? new Node.Obj(line, col, List.copyOf(members)) : new Node.Arr(line, col, List.copyOf(items));
        }
    }
}
