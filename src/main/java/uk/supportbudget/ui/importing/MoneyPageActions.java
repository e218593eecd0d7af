package uk.supportbudget.ui.importing;

import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import uk.supportbudget.service.EvidenceService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.evidence.EvidenceActions;
import uk.supportbudget.ui.evidence.MissingEvidenceDialog;
import uk.supportbudget.ui.evidence.ReceiptsDialog;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.ui.ledger.LedgerView;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.reconcile.ReconcileDialog;

/**
 * The Money page with statement import, reconciliation and receipts added through the ledger's
 * toolbar and column hooks, so the ledger itself stays about the ledger.
 */
public final class MoneyPageActions {

    private MoneyPageActions() {
    }

    public static LedgerView create(BookSession session) {
        LedgerView ledger = new LedgerView(session);
        ObservableMap<Long, Integer> counts = FXCollections.observableHashMap();
        Runnable reloadCounts = () -> session.tasks().run(I18n.tr("task.receipts"),
                () -> new EvidenceService(session.book()).counts(), found -> {
                    counts.clear();
                    counts.putAll(found);
                });
        Runnable reloadAll = () -> {
            ledger.reload();
            reloadCounts.run();
        };

        Button importButton = button("money-import", "money.import", "money.importHelp", Material2AL.FILE_UPLOAD);
        importButton.setOnAction(event -> new ImportDialog(session, result -> reloadAll.run()).show());
        Button reconcile = button("money-reconcile", "money.reconcile", "money.reconcileHelp", Material2AL.ACCOUNT_BALANCE);
        reconcile.setOnAction(event -> new ReconcileDialog(session,
                ledger.selectedRowProperty().get() == null ? null
                        : ledger.selectedRowProperty().get().accountId(), null, null, reloadAll).show());
        Button attach = button("money-attach", "money.attach", "money.attachHelp", Material2AL.ATTACH_FILE);
        attach.disableProperty().bind(ledger.selectedRowProperty().isNull());
        attach.setOnAction(event -> EvidenceActions.attach(session, ledger.selectedRowProperty().get().forDisplay(),
                reloadCounts));
        Button missing = button("money-missing", "money.missing", "money.missingHelp", Material2MZ.RECEIPT);
        missing.setOnAction(event -> new MissingEvidenceDialog(session, reloadCounts).show());
        ledger.addToolbarActions(importButton, reconcile, attach, missing);

        ledger.addColumn(EvidenceActions.column(counts, LedgerRow::forDisplay,
                transaction -> new ReceiptsDialog(session, transaction, reloadCounts).show()));
        reloadCounts.run();
        return ledger;
    }

    private static Button button(String id, String key, String helpKey, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(I18n.tr(key), new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setTooltip(new Tooltip(I18n.tr(helpKey)));
        return button;
    }
}
