package org.archsim.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.archsim.model.Design;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;

/** The example designs shipped under {@code /assets/examples/}, for File ▸ Open Example. */
final class Examples {

    /** File base names and menu titles, in menu order. */
    static final List<String[]> ALL = List.of(
            new String[] {"monolith", "Monolith"},
            new String[] {"scaled-out", "Scaled Out"},
            new String[] {"microservices", "Microservices"});

    private Examples() {
    }

    /** Reads example {@code base} from the class path. */
    static Design read(String base) throws IOException, FormatException {
        String resource = "/assets/examples/" + base + ".archsim.json";
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("example not found: " + resource);
            }
            return DesignCodec.read(base + ".archsim.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
