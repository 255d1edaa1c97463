package org.archsim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PracticeCommandTest {

    static final String DIR = Path.of("..", "assets", "practice").toString();

    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = ArchSimCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void listShowsEveryProblem() {
        assertThat(run("practice", "list", "--problems", DIR)).isZero();
        assertThat(out.toString().lines()).hasSize(8);
        assertThat(out.toString()).contains("url-shortener", "peak 3472 rps");
    }

    @Test
    void gradeExitsZeroForTheReferenceAndWritesTheExports() throws Exception {
        Path md = tmp.resolve("card.md");
        Path pdf = tmp.resolve("card.pdf");
        int rc = run("practice", "grade", "payments", DIR + "/designs/payments.reference.archsim.json",
                "--problems", DIR, "--json", "--markdown", md.toString(), "--pdf", pdf.toString());
        assertThat(rc).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"passed\" : true", "archsim.scorecard/1");
        assertThat(Files.readString(md)).contains("```mermaid", "flowchart LR", "| no single point of failure | pass |");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void gradeExitsOneForTheNaiveDesign() {
        assertThat(run("practice", "grade", "payments", DIR + "/designs/payments.naive.archsim.json",
                "--problems", DIR)).isEqualTo(1);
        assertThat(out.toString()).startsWith("FAIL payments").contains("FAIL  no single point of failure");
    }

    @Test
    void badInputExitsTwo() throws Exception {
        assertThat(run("practice", "grade", "no-such-problem", DIR + "/designs/payments.naive.archsim.json",
                "--problems", DIR)).isEqualTo(2);
        assertThat(err.toString()).contains("no problem \"no-such-problem\"");
        Path ws = tmp.resolve("w.json");
        Files.writeString(ws, "{\n  \"servers\": 2,\n  \"peakRps\": \"lots\"\n}");
        assertThat(run("practice", "grade", "payments", DIR + "/designs/payments.naive.archsim.json",
                "--problems", DIR, "--worksheet", ws.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(ws + ":3:14: peakRps: must be a number at least 0, was \"lots\"");
    }
}
