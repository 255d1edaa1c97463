package org.archsim.lessons.io;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Resolution of references inside a pack. A reference is a forward-slash path relative to the pack's root folder
 * (where {@code pack.json} is), whichever file holds it; absolute paths, drive letters, backslashes and {@code ..} segments are refused, so no reference can name
 * anything outside the pack.
 */
final class PackPaths {

    private PackPaths() {
    }

    /**
     * The pack-relative path {@code ref} names ({@code from}, the file holding it, is kept for messages).
     *
     * @throws IllegalArgumentException with a learner-readable reason when {@code ref} is not allowed
     */
    static String resolve(String from, String ref) {
        String why = refusal(ref);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        String base = "";
        Deque<String> parts = new ArrayDeque<>();
        for (String s : (base + ref).split("/")) {
            if (!s.isEmpty() && !s.equals(".")) {
                parts.addLast(s);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("\"" + ref + "\" names no file");
        }
        return String.join("/", parts);
    }

    /** Why {@code name} is not an acceptable pack path, or {@code null} when it is. Also used for zip entry names. */
    static String refusal(String name) {
        if (name.isEmpty()) {
            return "a path must not be empty";
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return "\"" + name + "\" is an absolute path; write a path relative to this file, inside the pack";
        }
        if (name.contains("\\")) {
            return "\"" + name + "\" contains a backslash; separate folders with \"/\"";
        }
        if (name.indexOf('\0') >= 0 || name.chars().anyMatch(Character::isISOControl)) {
            return "a path must not contain control characters";
        }
        for (String s : name.split("/")) {
            if (s.equals("..")) {
                return "\"" + name + "\" leaves the pack (\"..\"); every file must be inside the pack folder";
            }
        }
        return null;
    }
}
