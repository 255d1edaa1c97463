package org.archsim.app.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.archsim.app.settings.Theme;
import org.archsim.sim.observe.RequestTrace;

/**
 * The dashboard: a scope picker (system or one part), four charts, and tabs with the failures, theory beside
 * simulation and the traced requests. Charts redraw at most four times a second, whatever the rate of reports.
 */
public final class DashboardView extends BorderPane {

    private static final long MIN_REDRAW_NS = 250_000_000L;
    private static final String SYSTEM = "Whole system";

    private final DashboardViewModel vm;
    private final ObservableValue<Theme> theme;
    private final Map<Metric, LineChartCanvas> charts = new EnumMap<>(Metric.class);
    private final GridPane grid = new GridPane();
    private final ComboBox<String> scope = new ComboBox<>();
    private final Label summary = new Label();
    private final Button export = new Button("Export…");
    private boolean dirty = true;
    private long lastDraw;

    public DashboardView(DashboardViewModel vm, ObservableValue<Theme> theme) {
        this.vm = vm;
        this.theme = theme;
        setId("dashboard");
        for (Metric m : Metric.values()) {
            charts.put(m, new LineChartCanvas(m));
        }
        grid.setId("dash-charts");
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            grid.getRowConstraints().add(rc);
        }
        int i = 0;
        for (LineChartCanvas chart : charts.values()) {
            grid.add(chart, i % 2, i / 2);
            i++;
        }
        setTop(header());
        setCenter(grid);
        setRight(tabs());
        vm.revisionProperty().addListener((o, a, b) -> dirty = true);
        theme.addListener((o, a, b) -> dirty = true);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty && now - lastDraw >= MIN_REDRAW_NS && getScene() != null) {
                    lastDraw = now;
                    redraw();
                }
            }
        }.start();
    }

    private Node header() {
        Label title = new Label("Dashboard");
        title.setStyle("-fx-font-weight: bold;");
        scope.setId("dash-scope");
        scope.getItems().add(SYSTEM);
        scope.setValue(SYSTEM);
        scope.setOnShowing(e -> {
            List<String> items = new ArrayList<>(List.of(SYSTEM));
            items.addAll(vm.partIds());
            if (!scope.getItems().equals(items)) {
                String keep = scope.getValue();
                scope.getItems().setAll(items);
                scope.setValue(keep);
            }
        });
        scope.valueProperty().addListener((o, a, b) -> {
            String part = b == null || b.equals(SYSTEM) ? null : b;
            if (!java.util.Objects.equals(part, vm.selectedPartProperty().get())) {
                vm.selectPart(part);
            }
        });
        vm.selectedPartProperty().addListener((o, a, b) -> {
            String v = b == null ? SYSTEM : b;
            if (!scope.getItems().contains(v)) {
                scope.getItems().add(v);
            }
            scope.setValue(v);
        });
        summary.setId("dash-summary");
        export.setId("dash-export");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, title, scope, summary, spring, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 0, 6));
        return bar;
    }

    private Node tabs() {
        ListView<String> failures = new ListView<>(vm.failures());
        failures.setId("dash-failures");
        failures.setPlaceholder(new Label("No failures"));

        TableView<TheoryRow> theory = new TableView<>(vm.theory());
        theory.setId("dash-theory");
        theory.getColumns().addAll(List.of(col("Part", TheoryRow::part), col("Model", TheoryRow::model),
                col("ρ theory", r -> pct(r.predictedUtil())), col("ρ sim", r -> pct(r.simulatedUtil())),
                col("W theory", r -> ms(r.predictedLatencyMs())), col("W sim", r -> ms(r.simulatedLatencyMs()))));
        theory.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label reason = new Label();
        reason.setWrapText(true);
        theory.setPlaceholder(reason);
        // Built when first shown, possibly mid-run: start from the model's current state.
        Runnable showReason = () -> reason.setText(vm.theoryReason().isEmpty()
                ? "No prediction yet" : "No prediction: " + vm.theoryReason());
        showReason.run();
        vm.revisionProperty().addListener((o, a, b) -> showReason.run());

        ListView<RequestTrace> traces = new ListView<>(vm.traces());
        traces.setId("dash-traces");
        traces.setPlaceholder(new Label("No traced requests"));
        traces.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RequestTrace t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : String.format(Locale.ROOT, "#%d %s %s · %.1f ms · %s",
                        t.requestId(), t.client(), t.endpoint(), t.latencyUs() / 1000.0,
                        t.ok() ? "ok" : t.failure() + " at " + t.failedAt()));
            }
        });
        // A refreshed list clears the selection; that is not the user letting go of the request they follow.
        traces.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.follow(b);
            }
        });
        vm.traces().addListener((javafx.collections.ListChangeListener<RequestTrace>) c -> {
            RequestTrace f = vm.followedProperty().get();
            if (f != null && vm.traces().contains(f)) {
                traces.getSelectionModel().select(f);
            }
        });
        vm.holdTracesProperty().bind(traces.hoverProperty()); // the list holds still under the pointer
        TableView<HopRow> hops = new TableView<>(vm.hops());
        hops.setId("dash-hops");
        hops.getColumns().addAll(List.of(col("Hop", h -> "  ".repeat(h.depth()) + h.from() + " → " + h.to()
                        + (h.attempt() > 0 ? " (retry " + h.attempt() + ")" : "")),
                col("Network", h -> ms(h.networkMs())), col("Queue", h -> ms(h.queueMs())),
                col("Service", h -> ms(h.serviceMs())), col("Outcome", HopRow::outcome)));
        hops.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        hops.setPlaceholder(new Label("Pick a request to follow its path"));
        VBox requests = new VBox(4, traces, hops);
        VBox.setVgrow(traces, Priority.ALWAYS);
        VBox.setVgrow(hops, Priority.ALWAYS);

        TabPane tabs = new TabPane(new Tab("Failures", failures), new Tab("Theory", theory),
                new Tab("Requests", requests));
        tabs.setId("dash-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(330);
        tabs.setMinWidth(260);
        return tabs;
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", v * 100) : "—";
    }

    private static String ms(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f ms", v) : "—";
    }

    /** Redraws every chart now (the timer calls it when the model changed). */
    void redraw() {
        dirty = false;
        boolean dark = theme.getValue() == Theme.DARK;
        List<Series> tp = vm.series(Metric.THROUGHPUT);
        Ring time = tp.isEmpty() ? null : tp.get(0).ring();
        double from = time == null || time.size() == 0 ? Double.NaN : time.time(0);
        double to = time == null || time.size() == 0 ? Double.NaN : time.time(time.size() - 1);
        charts.forEach((m, c) -> c.setSeries(vm.series(m), dark, from, to));
        var r = vm.latest();
        if (r == null) {
            summary.setText("Waiting for a run");
        } else {
            String part = vm.selectedPartProperty().get();
            summary.setText(String.format(Locale.ROOT, "t = %.1f s · %s req/s · errors %.1f %%%s", r.simulatedS(),
                    time == null ? "—" : ChartStyle.num(time.last()), vm.errorRate().size() == 0 ? 0
                            : vm.errorRate().last() * 100, part == null ? "" : " · " + part));
        }
    }

    /** The node holding the four charts (what a PNG export captures). */
    public Node chartsNode() {
        return grid;
    }

    /** The chart of one metric. */
    Node chart(Metric m) {
        return charts.get(m);
    }

    /** The header's Export… button. */
    public Button exportButton() {
        return export;
    }
}
