package uk.supportbudget.ui.help;

import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import uk.supportbudget.ui.common.Glossary;
import uk.supportbudget.ui.common.I18n;

/**
 * Help: a few sentences on how the app is laid out, then every word of the domain with a short
 * plain explanation, narrowed as the person types in the search box. Needs no open book.
 */
public final class HelpView extends VBox {

    private final VBox entries = new VBox(14);
    private final Label count = new Label();

    public HelpView() {
        setId("page-help");
        getStyleClass().add("page");
        setSpacing(14);
        setPadding(new Insets(24));

        Label title = new Label(I18n.tr("help.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(I18n.tr("help.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(760);
        Label glossaryTitle = new Label(I18n.tr("help.glossary"));
        glossaryTitle.getStyleClass().add("title-3");
        TextField search = new TextField();
        search.setId("help-search");
        search.setPromptText(I18n.tr("help.searchPrompt"));
        search.setAccessibleText(I18n.tr("help.searchPrompt"));
        search.setMaxWidth(420);
        search.textProperty().addListener((o, was, now) -> fill(Glossary.search(now)));
        count.setId("help-count");
        count.getStyleClass().add("text-muted");
        entries.setId("help-entries");

        ScrollPane scroller = new ScrollPane(entries);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("page-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(title, intro, glossaryTitle, search, count, scroller);
        fill(Glossary.all());
        Platform.runLater(search::requestFocus);
    }

    private void fill(List<Glossary.Term> terms) {
        count.setText(I18n.tr("help.count", terms.size()));
        entries.getChildren().clear();
        if (terms.isEmpty()) {
            entries.getChildren().add(new Label(I18n.tr("help.noMatch")));
            return;
        }
        for (Glossary.Term term : terms) {
            Label word = new Label(term.word());
            word.getStyleClass().add("title-4");
            Label text = new Label(term.explanation());
            text.setWrapText(true);
            text.setMaxWidth(720);
            VBox entry = new VBox(2, word, text);
            entry.setId("help-" + term.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            entry.setFocusTraversable(true);
            entry.setAccessibleText(term.word() + ". " + term.explanation());
            entry.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
            entries.getChildren().add(entry);
        }
    }
}
