package org.archsim.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.archsim.lessons.practice.Worksheet;
import org.junit.jupiter.api.Test;

/** The worksheet form: numbers parse, blanks are allowed, anything else is refused with a message per field. */
class WorksheetFormTest {

    private final WorksheetForm form = new WorksheetForm();

    @Test
    void readsNumbersAndLeavesBlanksOut() {
        form.text("averageRps").set(" 1,157 ");
        form.text("peakRps").set("3.5e3");
        form.text("storagePerDayGb").set("0.5");
        form.text("servers").set("2");
        WorksheetForm.Parsed p = form.parse();
        assertThat(p.ok()).isTrue();
        assertThat(p.worksheet()).isEqualTo(new Worksheet(1157.0, 3500.0, 0.5, null, 2.0));
        assertThat(form.errorProperty().get()).isEmpty();
    }

    @Test
    void anEmptyFormIsABlankWorksheet() {
        WorksheetForm.Parsed p = form.parse();
        assertThat(p.ok()).isTrue();
        assertThat(p.worksheet().isBlank()).isTrue();
    }

    @Test
    void refusesNonNumbersWithAMessagePerField() {
        form.text("averageRps").set("about 1000");
        form.text("peakRps").set("3000");
        form.text("egressMBps").set("NaN");
        form.text("servers").set("-2");
        WorksheetForm.Parsed p = form.parse();
        assertThat(p.ok()).isFalse();
        assertThat(p.worksheet()).isNull();
        assertThat(p.errors()).containsOnlyKeys("averageRps", "egressMBps", "servers");
        assertThat(form.errorProperty().get()).isEqualTo("Average rps: \"about 1000\" is not a number\n"
                + "Egress at peak (MB/s): \"NaN\" is not a number\n"
                + "Servers: must be 0 or more, was -2");
    }

    @Test
    void editingAFieldClearsTheComplaint() {
        form.text("peakRps").set("lots");
        form.parse();
        assertThat(form.errorProperty().get()).isNotEmpty();
        form.text("peakRps").set("3000");
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.parse().worksheet().peakRps()).isEqualTo(3000.0);
    }

    @Test
    void refusesHexAndInfinity() {
        form.text("peakRps").set("0x10p2");
        form.text("averageRps").set("Infinity");
        assertThat(form.parse().errors()).containsOnlyKeys("peakRps", "averageRps");
        assertThatThrownBy(() -> form.text("qps")).isInstanceOf(IllegalArgumentException.class);
    }
}
