package uk.supportbudget.ui.welcome;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/** First thing a new user sees: start their own book, or look around an example. */
public final class WelcomeView extends VBox {

    public WelcomeView(Runnable startOwnBook, Runnable exploreExample, List<Path> recent, Consumer<Path> openRecent) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(20);
        setPadding(new Insets(48));

        Label title = new Label(I18n.tr("welcome.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(I18n.tr("welcome.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(ThemeManager.scaled(560));
        intro.getStyleClass().add("welcome-intro");

        Button start = bigButton("welcome-start", I18n.tr("welcome.start"), I18n.tr("welcome.start.help"),
                new FontIcon(Material2AL.BOOK));
        start.getStyleClass().add("accent");
        start.setOnAction(event -> startOwnBook.run());
        start.setDefaultButton(true);
        Button example = bigButton("welcome-example", I18n.tr("welcome.example"), I18n.tr("welcome.example.help"),
                new FontIcon(Material2AL.EXPLORE));
        example.setOnAction(event -> exploreExample.run());

        HBox choices = new HBox(20, choice(start, I18n.tr("welcome.start.help")),
                choice(example, I18n.tr("welcome.example.help")));
        choices.setAlignment(Pos.CENTER);
        getChildren().addAll(title, intro, choices);

        if (!recent.isEmpty()) {
            VBox recentBox = new VBox(4);
            recentBox.setAlignment(Pos.CENTER);
            Label heading = new Label(I18n.tr("welcome.recent"));
            heading.getStyleClass().add("title-4");
            recentBox.getChildren().add(heading);
            for (Path path : recent.subList(0, Math.min(5, recent.size()))) {
                Hyperlink link = new Hyperlink(path.getFileName().toString());
                link.setTooltip(new javafx.scene.control.Tooltip(path.toString()));
                link.setOnAction(event -> openRecent.accept(path));
                recentBox.getChildren().add(link);
            }
            getChildren().add(recentBox);
        }
    }

    /** What went wrong just before (the example book could not be made), said above the choices. */
    public void sayProblem(String sentence) {
        Label problem = new Label(sentence, new FontIcon(org.kordamp.ikonli.material2.Material2MZ.WARNING));
        problem.setId("welcome-problem");
        problem.getStyleClass().add("welcome-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(ThemeManager.scaled(560));
        problem.setFocusTraversable(true);
        problem.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        getChildren().add(2, problem);
    }

    /** For brokers with several books: a link to the overview of all of them. */
    public void offerBrokerOverview(Runnable showOverview) {
        Hyperlink link = new Hyperlink(I18n.tr("welcome.broker"), new FontIcon(org.kordamp.ikonli.material2.Material2AL.GROUPS));
        link.setId("welcome-broker");
        link.setOnAction(event -> showOverview.run());
        getChildren().add(link);
    }

    private static VBox choice(Button button, String help) {
        Label caption = new Label(help);
        caption.setWrapText(true);
        caption.getStyleClass().add("welcome-help");
        caption.setMaxWidth(ThemeManager.scaled(260));
        VBox box = new VBox(10, button, caption);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private static Button bigButton(String id, String text, String help, FontIcon icon) {
        icon.getStyleClass().add("welcome-icon");
        Button button = new Button(text, icon);
        button.setId(id);
        button.setContentDisplay(ContentDisplay.TOP);
        button.getStyleClass().add("welcome-choice");
        button.setWrapText(true);
        button.setMinSize(260, 130);
        button.setMaxWidth(ThemeManager.scaled(260));
        button.setAccessibleHelp(help);
        button.setTooltip(new javafx.scene.control.Tooltip(help));
        return button;
    }
}
