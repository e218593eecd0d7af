package uk.supportbudget.ui.reminders;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
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
        pane.setShowFromTop(true);
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
        String text = overdue.size() == 1 ? I18n.tr("banner.one", overdue.get(0).sentence())
                : I18n.tr("banner.many", overdue.size());
        Action open = new Action(I18n.tr("banner.show"), event -> {
            pane.hide();
            session.showPage(Page.DASHBOARD);
        });
        pane.getActions().setAll(open);
        pane.show(text, new FontIcon(Material2MZ.WARNING));
        pane.lookupAll(".close-button").forEach(close -> close.setAccessibleText(I18n.tr("banner.close")));
        pane.lookupAll(".button").forEach(button -> {
            if (button instanceof Button b && b.getText() != null && b.getText().equals(open.getText())) {
                b.setId("overdue-banner-show");
            }
        });
    }

    public void hide() {
        pane.hide();
    }
}
