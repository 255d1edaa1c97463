package org.archsim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export} as a script sees it: files written, exit codes, located errors. */
class ExportCommandTest {

    private static final Path EXAMPLES = Path.of("..", "assets", "examples");
    private static final String MONOLITH = EXAMPLES.resolve("monolith.archsim.json").toString();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = ArchSimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void writesEachFormat(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"png", "svg", "pdf", "drawio", "mermaid"}) {
            Path out = dir.resolve("design." + f);
            Run r = run("export", MONOLITH, "--format", f, "-o", out.toString());
            assertThat(r.exit()).as(f + ": " + r.err()).isZero();
            assertThat(Files.size(out)).as(f).isGreaterThan(100);
        }
        assertThat(Files.readString(dir.resolve("design.mermaid"))).contains("flowchart LR");
        assertThat(new String(Files.readAllBytes(dir.resolve("design.pdf")), 0, 5)).isEqualTo("%PDF-");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary files left").hasSize(5);
        }
    }

    @Test
    void scaleAndThemeShapeThePng(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.png");
        Path four = dir.resolve("four.png");
        assertThat(run("export", MONOLITH, "--format", "png", "-o", one.toString()).exit()).isZero();
        assertThat(run("export", MONOLITH, "--format", "png", "--scale", "4", "--theme", "dark", "-o",
                four.toString()).exit()).isZero();
        var a = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(one)));
        var b = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(four)));
        assertThat(b.getWidth()).isEqualTo(4 * a.getWidth());
        assertThat(b.getRGB(3, 3)).isNotEqualTo(a.getRGB(3, 3));
    }

    @Test
    void formatComesFromTheExtensionWhenNotGiven(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("d.drawio");
        assertThat(run("export", MONOLITH, "-o", out.toString()).exit()).isZero();
        assertThat(Files.readString(out)).contains("<mxfile");
        Run r = run("export", MONOLITH, "-o", dir.resolve("d.txt").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--format");
    }

    @Test
    void aBrokenDesignGetsLocatedErrorsAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.archsim.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("monolith.archsim.json"))
                .replace("\"workers\": 8", "\"workers\": 0"));
        Path out = dir.resolve("bad.png");
        Run r = run("export", bad.toString(), "--format", "png", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.archsim.json:7:28: components[1].params.workers");
        assertThat(out).doesNotExist();
    }

    @Test
    void badOptionsAreBadInput(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        assertThat(run("export", MONOLITH, "--format", "gif", "-o", out).err()).contains("unknown --format");
        assertThat(run("export", MONOLITH, "--format", "png", "--scale", "0", "-o", out).exit()).isEqualTo(2);
        assertThat(run("export", MONOLITH, "--format", "png", "--theme", "pink", "-o", out).err()).contains("theme");
        assertThat(run("export", MONOLITH, "--format", "png", "--only", "nope", "-o", out).err()).contains("nope");
        assertThat(run("export", "missing.archsim.json", "--format", "png", "-o", out).exit()).isEqualTo(2);
        assertThat(run("export", MONOLITH, "--format", "png").exit()).isEqualTo(2);
    }

    @Test
    void createsNoDirectoriesAndSaysWhenItReplacesAFile(@TempDir Path dir) throws Exception {
        Run r = run("export", MONOLITH, "--format", "svg", "-o", dir.resolve("sub/x.svg").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("does not exist");
        assertThat(dir.resolve("sub")).doesNotExist();
        Path x = dir.resolve("x.svg");
        Files.writeString(x, "old");
        Run again = run("export", MONOLITH, "--format", "svg", "-o", x.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("replaced");
        assertThat(Files.readString(x)).startsWith("<?xml");
    }

    @Test
    void resultsAsCsvAndJsonAndMetricsOverlay(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("r.csv");
        assertThat(run("export", MONOLITH, "--format", "csv", "--duration", "5", "-o", csv.toString()).exit()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(4).first().asString().startsWith("id,name,kind,arrivals");
        Path json = dir.resolve("r.json");
        assertThat(run("export", MONOLITH, "--duration", "5", "-o", json.toString()).exit()).isZero();
        assertThat(Files.readString(json)).contains("\"components\"").contains("\"utilization\"");
        Path png = dir.resolve("m.png");
        Run r = run("export", MONOLITH, "--format", "png", "--metrics", "--duration", "5", "-o", png.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }
}
