package uk.supportbudget.ui.evidence;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import uk.supportbudget.domain.ledger.Evidence;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.service.EvidenceService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/** Receipts from any screen that lists transactions: attach one, open one, and a column that counts them. */
public final class EvidenceActions {

    private EvidenceActions() {
    }

    /** Asks for a file and attaches it in the background; {@code done} runs after a change. */
    public static void attach(BookSession session, Transaction transaction, Runnable done) {
        session.dialogs().chooseReceipt().ifPresent(file -> session.tasks().runCancellable(I18n.tr("task.attaching"),
                I18n.tr("evidence.attachCancelled"), work -> new EvidenceService(session.book()).attach(transaction.id(), file, work), attached -> {
                    if (attached.alreadyOnTransaction()) {
                        session.dialogs().showInfo(I18n.tr("evidence.title"),
                                I18n.tr("evidence.alreadyAttached", attached.evidence().fileName()));
                    }
                    done.run();
                }));
    }

    /** Writes a private copy in the background and hands it to the computer's own viewer. */
    public static void open(BookSession session, Evidence document) {
        session.tasks().run(I18n.tr("task.openingReceipt"), () -> new EvidenceService(session.book()).open(document),
                session.dialogs()::showDocument);
    }

    /** "2 receipts" for screen readers and tooltips. */
    public static String countText(int count) {
        return count == 0 ? I18n.tr("evidence.none") : I18n.tr("evidence.count", count);
    }

    /**
     * A column showing a paperclip and how many receipts each row's transaction has; clicking it
     * opens that transaction's receipts.
     */
    public static <R> TableColumn<R, Integer> column(ObservableMap<Long, Integer> counts,
                                                     Function<R, Transaction> transactionOf,
                                                     java.util.function.Consumer<Transaction> onClick) {
        TableColumn<R, Integer> column = new TableColumn<>();
        FontIcon header = new FontIcon(Material2AL.ATTACH_FILE);
        column.setGraphic(header);
        column.setText("");
        column.setId("evidence-column");
        column.setMinWidth(ThemeManager.scaled(58));
        column.setMaxWidth(ThemeManager.scaled(70));
        column.setCellValueFactory(cell -> {
            long id = transactionOf.apply(cell.getValue()).id();
            return Bindings.createObjectBinding(() -> counts.getOrDefault(id, 0), counts);
        });
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button();

            {
                button.getStyleClass().addAll("flat", "evidence-button");
                button.setOnAction(event -> {
                    R row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null) {
                        onClick.accept(transactionOf.apply(row));
                    }
                });
            }

            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                if (empty || count == null) {
                    setGraphic(null);
                    return;
                }
                FontIcon clip = new FontIcon(Material2AL.ATTACH_FILE);
                clip.getStyleClass().add(count == 0 ? "evidence-missing" : "evidence-present");
                button.setGraphic(clip);
                button.setText(count == 0 ? "" : Integer.toString(count));
                button.setAccessibleText(countText(count));
                button.setTooltip(new javafx.scene.control.Tooltip(countText(count)));
                setGraphic(button);
            }
        });
        column.setComparator(Integer::compare);
        column.setPrefWidth(ThemeManager.scaled(50));
        column.setMinWidth(ThemeManager.scaled(46));
        column.setMaxWidth(ThemeManager.scaled(70));
        return column;
    }
}
