package uk.supportbudget.ui.reconcile;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.ReconciliationSheet;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.ReconciliationRepository.StatementEnd;
import uk.supportbudget.ui.common.I18n;

/**
 * The reconcile screen's state, without nodes: the sheet the service worked out, ticks applied to
 * it at once (they are saved in the background), and the sentences the screen shows.
 */
public final class ReconcileViewModel {

    private final ObjectProperty<ReconciliationSheet> sheet = new SimpleObjectProperty<>();

    public ObjectProperty<ReconciliationSheet> sheetProperty() {
        return sheet;
    }

    /** The closing balance as typed, or a sentence saying why it is not an amount. */
    public static Money balance(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new Refusal(I18n.tr("reconcile.needBalance"));
        }
        return Money.parseLenient(typed);
    }

    /** Ticks or unticks on the sheet at once, so the difference follows the tick without waiting. */
    public void tick(Transaction transaction, boolean cleared) {
        ReconciliationSheet current = sheet.get();
        Set<Long> ticked = new HashSet<>(current.cleared());
        if (cleared) {
            ticked.add(transaction.id());
        } else {
            ticked.remove(transaction.id());
        }
        sheet.set(withCleared(current, ticked));
    }

    public void tickAll(boolean cleared) {
        ReconciliationSheet current = sheet.get();
        Set<Long> ticked = new HashSet<>();
        if (cleared) {
            current.transactions().forEach(t -> ticked.add(t.id()));
        }
        sheet.set(withCleared(current, ticked));
    }

    private static ReconciliationSheet withCleared(ReconciliationSheet sheet, Set<Long> cleared) {
        return new ReconciliationSheet(sheet.accountId(), sheet.statementDate(), sheet.statementBalance(),
                sheet.openingBalance(), sheet.transactions(), cleared, sheet.lockedUntil());
    }

    /** The rows to tick: everything up to the date not reconciled before. */
    public static List<Transaction> tickable(ReconciliationSheet sheet) {
        return sheet.transactions().stream().filter(t -> !t.reconciled()).toList();
    }

    /** "2 items not on the statement, together -£42.60." */
    public static String uncleared(ReconciliationSheet sheet) {
        return I18n.tr("reconcile.unclearedSummary", sheet.uncleared().size(), sheet.unclearedTotal().display());
    }

    /** One sentence on where things stand: agreed, or how far apart. */
    public static String status(ReconciliationSheet sheet) {
        if (sheet.canFinish()) {
            return I18n.tr("reconcile.agrees");
        }
        return sheet.whyNotFinished();
    }

    /** What the screen notes beside the figures: the lock so far and what the last statement file said. */
    public static String notes(Optional<LocalDate> lockedUntil, Optional<StatementEnd> lastStatement) {
        StringBuilder notes = new StringBuilder();
        lockedUntil.ifPresent(until -> notes.append(I18n.tr("reconcile.lockedUntil", until.format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")))));
        lastStatement.ifPresent(end -> {
            if (end.closingBalance() != null && end.closingDate() != null) {
                append(notes, I18n.tr("reconcile.lastStatement", end.fileName(), end.closingBalance().display(),
                        end.closingDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));
            }
            if (!end.balanceNote().isEmpty()) {
                append(notes, I18n.tr("reconcile.balanceBreak", end.fileName(), end.balanceNote()));
            }
        });
        return notes.toString();
    }

    private static void append(StringBuilder notes, String sentence) {
        if (!notes.isEmpty()) {
            notes.append('\n');
        }
        notes.append(sentence);
    }
}
