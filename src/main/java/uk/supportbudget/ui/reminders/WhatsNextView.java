package uk.supportbudget.ui.reminders;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.service.ReminderService;
import uk.supportbudget.service.SetupService;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.main.Page;

/**
 * The dashboard's "What's next": each reminder with its date, how pressing it is (in words and an
 * icon, not colour alone), the sentence, and a button that opens where to act on it. While the
 * guided setup is unfinished it offers to continue it first.
 */
public final class WhatsNextView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** What the section shows, read together in the background. */
    record Loaded(List<ReminderService.Reminder> reminders, boolean setupUnfinished) {
    }

    private final BookSession session;

    public WhatsNextView(BookSession session) {
        this.session = session;
        setId("whats-next");
        getStyleClass().add("dashboard-section");
        setSpacing(10);
        Label heading = new Label(I18n.tr("next.title"));
        heading.getStyleClass().add("title-3");
        getChildren().add(heading);
        session.tasks().run(I18n.tr("task.reminders"), () -> new Loaded(
                new ReminderService(session.book(), CouncilProfiles.standard()).reminders(session.today()),
                new SetupService(session.book()).resumeAt().isPresent()), this::show);
    }

    private void show(Loaded loaded) {
        if (loaded.setupUnfinished()) {
            Label text = new Label(I18n.tr("next.setup"));
            text.setWrapText(true);
            Button go = new Button(I18n.tr("next.setupContinue"), new FontIcon(Material2MZ.PLAY_ARROW));
            go.setId("whats-next-setup");
            go.getStyleClass().add("accent");
            go.setOnAction(event -> session.navigator().continueSetup());
            HBox setup = new HBox(12, text, go);
            HBox.setHgrow(text, Priority.ALWAYS);
            setup.setAlignment(Pos.CENTER_LEFT);
            setup.getStyleClass().add("setup-prompt");
            getChildren().add(setup);
        }
        if (loaded.reminders().isEmpty()) {
            getChildren().add(new Label(I18n.tr("next.nothing")));
            return;
        }
        GridPane grid = new GridPane();
        grid.setId("whats-next-list");
        grid.setHgap(14);
        grid.setVgap(8);
        int row = 0;
        for (ReminderService.Reminder reminder : loaded.reminders()) {
            Label sentence = new Label(reminder.sentence());
            sentence.setWrapText(true);
            sentence.setMaxWidth(ThemeManager.scaled(640));
            sentence.setMinWidth(0);
            Label date = new Label(reminder.date().format(DAY));
            date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a date is never cut short
            Button act = actionButton(reminder, session);
            GridPane.setHgrow(sentence, Priority.ALWAYS);
            grid.addRow(row++, severityLabel(reminder.severity()), date, sentence, act);
        }
        getChildren().add(grid);
    }

    /** The severity in words with an icon, styled by class; the words carry the meaning. */
    public static Label severityLabel(ReminderService.Severity severity) {
        FontIcon icon = switch (severity) {
            case OVERDUE -> new FontIcon(Material2MZ.WARNING);
            case DUE_SOON -> new FontIcon(Material2MZ.SCHEDULE);
            case INFO -> new FontIcon(Material2AL.INFO);
        };
        Label label = new Label(severityText(severity), icon);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().addAll("reminder-severity", "reminder-" + severity.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return label;
    }

    public static String severityText(ReminderService.Severity severity) {
        return switch (severity) {
            case OVERDUE -> I18n.tr("next.overdue");
            case DUE_SOON -> I18n.tr("next.dueSoon");
            case INFO -> I18n.tr("next.info");
        };
    }

    /** A button that opens the page where the reminder is acted on. */
    public static Button actionButton(ReminderService.Reminder reminder, BookSession session) {
        Button button = new Button(switch (reminder.action()) {
            case MONEY -> I18n.tr("next.openMoney");
            case RETURNS -> I18n.tr("next.openReturns");
            case SETTINGS -> I18n.tr("next.openSettings");
            case STAFF -> I18n.tr("next.openStaff");
            case ROTA -> I18n.tr("next.openRota");
            case BACK_UP -> I18n.tr("next.backUp");
        });
        button.getStyleClass().add("small");
        button.setAccessibleHelp(reminder.sentence());
        button.setOnAction(event -> act(reminder, session));
        return button;
    }

    static void act(ReminderService.Reminder reminder, BookSession session) {
        switch (reminder.action()) {
            case MONEY -> session.showMoney(switch (reminder.kind()) {
                case HMRC -> LedgerFilter.everything().withCategory(Category.HMRC);
                case PENSION -> LedgerFilter.everything().withCategory(Category.PENSION);
                default -> LedgerFilter.everything().withFlow(LedgerFilter.Flow.MONEY_IN);
            });
            case RETURNS -> session.showPage(Page.RETURNS);
            case SETTINGS -> session.showPage(Page.SETTINGS);
            case STAFF -> session.showPage(Page.STAFF);
            case ROTA -> session.showPage(Page.ROTA);
            case BACK_UP -> session.navigator().backUpNow();
        }
    }

    /** Where the dashboard puts this section: straight under its title. */
    public static Node forDashboard(BookSession session) {
        return new WhatsNextView(session);
    }
}
