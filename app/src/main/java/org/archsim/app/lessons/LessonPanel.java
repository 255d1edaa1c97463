package org.archsim.app.lessons;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.archsim.lessons.Lesson;
import org.archsim.lessons.PredictQuestion;

/**
 * The lesson panel beside the canvas: title, introduction (markdown), the goal checklist, the predict-first question,
 * Run &amp; Check with its progress, hints one at a time, Show Solution, Next Lesson and Close. A thin view over
 * {@link LessonPlayerModel}; what the buttons do beyond the model (loading designs) comes from {@link Controls}.
 */
public final class LessonPanel extends ScrollPane {

    /** What the panel's buttons ask of the window. */
    public interface Controls {
        void runCheck();

        void showSolution();

        void nextLesson();

        void closeLesson();
    }

    private final LessonPlayerModel model;
    private final Label title = new Label();
    private final Label packTitle = new Label();
    private final VBox intro = new VBox();
    private final VBox goals = new VBox(6);
    private final VBox predict = new VBox(6);
    private final VBox hints = new VBox(6);

    public LessonPanel(LessonPlayerModel model, Controls controls) {
        this.model = model;
        setId("lesson-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setId("lesson-title");
        packTitle.getStyleClass().add("text-muted");
        packTitle.setWrapText(true);

        Button run = button("lesson-run", "Run & Check", controls::runCheck);
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty().or(model.awaitsPredictionProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        busy.managedProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("lesson-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        Button hint = button("lesson-hint", "", model::revealHint);
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.hintsLeftProperty().get() == 0
                ? "No more hints" : "Show a hint (" + model.hintsLeftProperty().get() + " left)",
                model.hintsLeftProperty()));
        hint.disableProperty().bind(model.hintsLeftProperty().isEqualTo(0));
        Button solution = button("lesson-solution", "Show Solution", controls::showSolution);
        solution.disableProperty().bind(model.runningProperty());
        Button next = button("lesson-next", "Next Lesson", controls::nextLesson);
        Button close = button("lesson-close", "Close Lesson", controls::closeLesson);
        Label done = new Label("✓ Lesson complete");
        done.getStyleClass().add("success");
        done.visibleProperty().bind(model.completedProperty());
        done.managedProperty().bind(model.completedProperty());

        VBox content = new VBox(10, title, packTitle, intro, new Separator(), heading("Goals"), goals, predict,
                new HBox(8, run, busy), status, done, new Separator(), heading("Hints"), hints, hint,
                new Separator(), new HBox(8, solution, next, close));
        content.setPadding(new Insets(12));
        setContent(content);

        model.lessonProperty().addListener((o, a, b) -> showLesson(b));
        model.goals().addListener((ListChangeListener<GoalRow>) c -> showGoals());
        model.hints().addListener((ListChangeListener<String>) c -> showHints());
        model.awaitsPredictionProperty().addListener(o -> showPredict(model.lessonProperty().get()));
        model.predictionFeedbackProperty().addListener(o -> showPredict(model.lessonProperty().get()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.nextLesson().isEmpty(),
                model.lessonProperty()));
        showLesson(model.lessonProperty().get());
    }

    private static Button button(String id, String text, Runnable r) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> r.run());
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private void showLesson(Lesson l) {
        title.setText(l == null ? "" : l.title());
        packTitle.setText(l == null || model.pack() == null ? "" : model.pack().title() + " · teaches "
                + String.join(", ", l.concepts()));
        intro.getChildren().setAll(l == null ? new VBox() : MarkdownNodes.render(l.introduction()));
        showGoals();
        showHints();
        showPredict(l);
    }

    private void showGoals() {
        goals.getChildren().clear();
        int i = 0;
        for (GoalRow g : model.goals()) {
            Label head = new Label(g.state().mark() + "  " + g.goal());
            head.setWrapText(true);
            head.setId("lesson-goal-" + i++);
            head.getStyleClass().add(switch (g.state()) {
                case PASSED -> "success";
                case FAILED -> "danger";
                case NOT_RUN -> "text-muted";
            });
            VBox row = new VBox(2, head);
            if (!g.message().isEmpty()) {
                Label msg = new Label(g.message());
                msg.setWrapText(true);
                msg.setPadding(new Insets(0, 0, 0, 22));
                row.getChildren().add(msg);
            }
            goals.getChildren().add(row);
        }
    }

    private void showHints() {
        hints.getChildren().clear();
        int i = 1;
        for (String h : model.hints()) {
            Label l = new Label(i++ + ". " + h);
            l.setWrapText(true);
            hints.getChildren().add(l);
        }
    }

    private void showPredict(Lesson l) {
        predict.getChildren().clear();
        PredictQuestion q = l == null ? null : l.predict();
        if (q == null) {
            return;
        }
        Label question = new Label("Predict first: " + q.question());
        question.setWrapText(true);
        question.getStyleClass().add("text-bold");
        predict.getChildren().add(question);
        ToggleGroup group = new ToggleGroup();
        boolean open = model.awaitsPredictionProperty().get();
        for (int i = 0; i < q.choices().size(); i++) {
            RadioButton r = new RadioButton(q.choices().get(i));
            r.setWrapText(true);
            r.setId("lesson-choice-" + i);
            r.setToggleGroup(group);
            r.setUserData(i);
            r.setSelected(Integer.valueOf(i).equals(model.predictionProperty().get()));
            r.setDisable(!open);
            predict.getChildren().add(r);
        }
        if (open) {
            Button lock = button("lesson-predict", "Lock In Prediction", () -> {
                if (group.getSelectedToggle() != null) {
                    model.predict((Integer) group.getSelectedToggle().getUserData());
                }
            });
            lock.disableProperty().bind(group.selectedToggleProperty().isNull());
            predict.getChildren().add(lock);
        } else if (model.predictionFeedbackProperty().get().isEmpty()) {
            predict.getChildren().add(new Label("Prediction locked in. Run & Check to see how it went."));
        } else {
            Label fb = new Label(model.predictionFeedbackProperty().get());
            fb.setWrapText(true);
            fb.setId("lesson-prediction-feedback");
            predict.getChildren().add(fb);
        }
        HBox.setHgrow(predict, Priority.ALWAYS);
    }
}
