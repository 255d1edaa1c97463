package org.archsim.model.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Where each field path of a parsed document starts, for problems found after reading (e.g. against a design). */
final class SourceMap {

    private final String source;
    private final Map<String, int[]> at = new HashMap<>();

    SourceMap(String source, Node root) {
        this.source = source;
        record Entry(String path, Node node) {
        }
        Deque<Entry> todo = new ArrayDeque<>();
        todo.push(new Entry("", root));
        while (!todo.isEmpty()) {
            Entry e = todo.pop();
            at.put(e.path(), new int[] {e.node().line(), e.node().column()});
            if (e.node() instanceof Node.Obj o) {
                o.members().forEach(m -> todo.push(new Entry(Problems.join(e.path(), m.key()), m.value())));
            } else if (e.node() instanceof Node.Arr a) {
                for (int i = 0; i < a.items().size(); i++) {
                    todo.push(new Entry(Problems.index(e.path(), i), a.items().get(i)));
                }
            }
        }
    }

    String source() {
        return source;
    }

    /** A problem at {@code path}, located at the path or its nearest located ancestor. */
    FormatProblem problem(String path, String message) {
        String p = path;
        while (!at.containsKey(p) && !p.isEmpty()) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        int[] lc = at.getOrDefault(p, new int[] {1, 1});
        return new FormatProblem(source, Math.max(1, lc[0]), Math.max(1, lc[1]), path, message);
    }
}
