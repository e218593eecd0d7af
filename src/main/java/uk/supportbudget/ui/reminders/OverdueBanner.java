package uk.supportbudget.ui.reminders;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;

import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import uk.supportbudget.service.ReminderService;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.main.Page;

/**
 * The notice when a book opens with something overdue: a bar across the top of the page that
 * names the overdue items, offers to show them, and can be closed. It never blocks the window.
 */
public final class OverdueBanner {

    private final NotificationPane pane;

    public OverdueBanner(Node content) {
        pane = new NotificationPane(content);
        pane.setId("overdue-banner");
        pane.setShowFromTop(false); // from the bottom edge: it never covers a page's title
        pane.getStyleClass().add("overdue-banner");
        pane.setCloseButtonVisible(true);
    }

    public Node node() {
        return pane;
    }

    /** Reads the reminders in the background and shows the bar when any are overdue. */
    public void check(BookSession session) {
        hide();
        session.tasks().run(I18n.tr("task.reminders"),
                () -> new ReminderService(session.book(), CouncilProfiles.standard()).reminders(session.today()),
                reminders -> show(reminders, session));
    }

    void show(List<ReminderService.Reminder> reminders, BookSession session) {
        List<ReminderService.Reminder> overdue = reminders.stream().filter(ReminderService.Reminder::overdue).toList();
        if (overdue.isEmpty()) {
            return;
        }
        // Short enough for one line at any text size; the details are on the dashboard and read out.
        String text = I18n.tr("banner.count", overdue.size());
        pane.setAccessibleHelp(overdue.stream().map(ReminderService.Reminder::sentence)
                .collect(java.util.stream.Collectors.joining(" ")));
        // The "show" button is part of our own graphic, laid out at its full width: the bar's own
        // action buttons are squeezed to "S..." at large text sizes.
        Button open = new Button(I18n.tr("banner.show"));
        open.setId("overdue-banner-show");
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setOnAction(event -> {
            pane.hide();
            session.showPage(Page.DASHBOARD);
        });
        javafx.scene.layout.HBox graphic = new javafx.scene.layout.HBox(8, new FontIcon(Material2MZ.WARNING), open);
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pane.getActions().clear();
        pane.show(text, graphic);
        // The close button is made by the skin as the bar shows; name it and let Tab reach it then.
        javafx.application.Platform.runLater(() -> {
            pane.lookupAll(".close-button").forEach(close -> {
                close.setAccessibleText(I18n.tr("banner.close"));
                close.setFocusTraversable(true);
            });
            pane.lookupAll(".notification-bar .label").forEach(label -> {
                if (label instanceof javafx.scene.control.Label sentence && !(sentence.getParent() instanceof Button)) {
                    sentence.setWrapText(true); // the sentence wraps rather than ending in "..."
                    sentence.setMinWidth(0);
                }
            });
        });
    }

    public void hide() {
        pane.hide();
    }
}
