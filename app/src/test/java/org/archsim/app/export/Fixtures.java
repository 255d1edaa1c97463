package org.archsim.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.archsim.model.Catalog;
import org.archsim.model.Component;
import org.archsim.model.Design;
import org.archsim.model.Link;
import org.archsim.model.io.DesignCodec;
import org.archsim.model.io.FormatException;

/** Designs the export tests draw: the bundled examples and a small hand-made one. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The repository root (surefire passes it; falls back to the working directory's parent). */
    public static Path repo() {
        String p = System.getProperty("archsim.repo");
        return p != null ? Path.of(p) : Path.of("..").toAbsolutePath().normalize();
    }

    /** The bundled example design files, sorted. */
    public static List<Path> exampleFiles() {
        try (Stream<Path> s = Files.list(repo().resolve("assets/examples"))) {
            return s.filter(f -> f.toString().endsWith(".archsim.json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An example by file stem, e.g. {@code microservices}. */
    public static Design example(String stem) {
        try {
            return DesignCodec.read(repo().resolve("assets/examples/" + stem + ".archsim.json"));
        } catch (IOException | FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three parts in a row: users → app → db, at the positions of FORMATS.md's example. */
    public static Design small() {
        Catalog cat = Catalog.standard();
        Design d = new Design("Small");
        d.addComponent(new Component("users", cat.require("client"), 80, 200));
        d.addComponent(new Component("app", cat.require("service"), 300, 200));
        d.addComponent(new Component("db", cat.require("database"), 520, 200));
        d.rename("app", "App server");
        d.connect(new Link("users", "app"));
        d.connect(new Link("app", "db"));
        return d;
    }
}
