package uk.supportbudget.ui.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.controlsfx.validation.ValidationResult;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.PayeeRule;
import uk.supportbudget.domain.ledger.PayeeRules;
import uk.supportbudget.domain.ledger.Split;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.service.PayeeRuleService;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.ui.common.Converters;
import uk.supportbudget.ui.common.FieldRules;
import uk.supportbudget.ui.common.FormDialog;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * The Money page's forms: a new payment, a transfer, a split, accounts and payee rules. Each is
 * validated at the field; the book is changed only by one service call once the form is right.
 */
final class LedgerForms {

    private LedgerForms() {
    }

    static <T> ComboBox<T> combo(List<T> items, java.util.function.Function<T, String> label, String id) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(Converters.showing(label));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static ComboBox<Category> categoryBox(String id, boolean withNone, boolean transfers) {
        List<Category> items = new ArrayList<>();
        if (withNone) {
            items.add(null);
        }
        Arrays.stream(Category.values()).filter(c -> transfers || c != Category.TRANSFER).forEach(items::add);
        return combo(items, c -> c == null ? I18n.tr("money.chooseLater") : c.label(), id);
    }

    static ComboBox<Funder> funderBox(String id) {
        List<Funder> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(Funder.values()));
        return combo(items, f -> f == null ? I18n.tr("money.noFunder") : f.label(), id);
    }

    static ComboBox<Account> accountBox(List<Account> accounts, String id) {
        ComboBox<Account> box = combo(accounts, a -> a == null ? "" : a.name(), id);
        if (!accounts.isEmpty()) {
            box.setValue(accounts.get(0));
        }
        return box;
    }

    /** A new payment in or out, typed in by hand; payee rules fill the category as the payee is typed. */
    static void addTransaction(BookSession session, List<Account> accounts, Consumer<Transaction> added) {
        if (accounts.isEmpty()) {
            session.dialogs().showInfo(I18n.tr("money.add"), I18n.tr("money.noAccounts"));
            return;
        }
        ComboBox<Account> account = accountBox(accounts, "txn-account");
        DatePicker date = FieldRules.datePicker(session.today(), "txn-date");
        ToggleGroup way = new ToggleGroup();
        ToggleButton out = new ToggleButton(I18n.tr("money.out"));
        ToggleButton in = new ToggleButton(I18n.tr("money.in"));
        out.setToggleGroup(way);
        in.setToggleGroup(way);
        out.setSelected(true);
        way.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                way.selectToggle(a);
            }
        });
        TextField amount = new TextField();
        amount.setId("txn-amount");
        amount.setPromptText("12.50");
        TextField payee = new TextField();
        payee.setId("txn-payee");
        TextField description = new TextField();
        description.setId("txn-description");
        ComboBox<Category> category = categoryBox("txn-category", true, false);
        ComboBox<Funder> funder = funderBox("txn-funder");
        TextField method = new TextField();
        method.setId("txn-method");
        method.setPromptText(I18n.tr("money.methodPrompt"));
        TextField notes = new TextField();
        notes.setId("txn-notes");
        Label ruleHint = LedgerCells.hint("");
        ruleHint.setId("txn-rule-hint");

        FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("money.add"), I18n.tr("money.addSave"));
        form.row(I18n.tr("money.col.account"), account, FieldRules.chosen("form.accountMissing"))
                .row(I18n.tr("money.col.date"), date, FieldRules.requiredDate())
                .wide(new HBox(0, out, in))
                .row(I18n.tr("money.col.amount"), amount, FieldRules.amount(false))
                .also(amount, (Control c, String text) -> ValidationResult.fromErrorIf(c, I18n.tr("form.amountZero"),
                        FieldRules.amountProblem(text, false).isEmpty() && FieldRules.money(text).isZero()))
                .row(I18n.tr("money.col.payee"), payee)
                .row(I18n.tr("money.col.description"), description)
                .row(I18n.tr("money.col.category"), category)
                .row(I18n.tr("money.col.funder"), funder)
                .wide(ruleHint)
                .row(I18n.tr("money.method"), method)
                .row(I18n.tr("money.notes"), notes);
        // payee rules on entry: as soon as the payee is typed, the rule that fits fills in the rest
        payee.focusedProperty().addListener((o, was, now) -> {
            if (!now && category.getValue() == null && !payee.getText().isBlank()) {
                Money sign = out.isSelected() ? Money.ofPence(-1) : Money.ofPence(1);
                String typed = payee.getText();
                session.tasks().run(I18n.tr("task.rules"),
                        () -> new PayeeRuleService(session.book()).ruleFor(typed, description.getText(), sign),
                        rule -> rule.ifPresent(r -> {
                            if (category.getValue() == null) {
                                category.setValue(r.category());
                                if (r.funder() != null) {
                                    funder.setValue(r.funder());
                                }
                                ruleHint.setText(I18n.tr("money.ruleUsed", r.contains()));
                            }
                        }));
            }
        });
        if (!form.showAndWait()) {
            return;
        }
        Money typed = FieldRules.money(amount.getText());
        Transaction transaction = Transaction.of(account.getValue().id(), date.getValue(),
                out.isSelected() ? typed.negate() : typed, payee.getText(), description.getText(), category.getValue(),
                funder.getValue(), method.getText());
        Transaction withNotes = new Transaction(0, transaction.accountId(), transaction.date(), transaction.amount(),
                transaction.payee(), transaction.description(), transaction.category(), transaction.funder(),
                transaction.paymentMethod(), notes.getText(), false, null);
        save(session, withNotes, false, added);
    }

    /** A payment dated in a period already reconciled with the bank is asked about, then flagged. */
    private static void save(BookSession session, Transaction transaction, boolean confirmedLocked,
                             Consumer<Transaction> added) {
        session.tasks().run(I18n.tr("task.saving"),
                () -> new LedgerService(session.book()).add(transaction, confirmedLocked), added, error -> {
                    if (error instanceof uk.supportbudget.domain.ledger.LockedPeriodEdit locked) {
                        if (session.dialogs().confirm(I18n.tr("money.lockedTitle"), locked.getMessage(),
                                I18n.tr("money.lockedDoIt"))) {
                            save(session, transaction, true, added);
                        }
                        return;
                    }
                    session.dialogs().showError(I18n.tr("error.title"),
                            uk.supportbudget.ui.common.BackgroundTasks.describe(error));
                });
    }

    /** Money moved between two of the person's own accounts. */
    static void transfer(BookSession session, List<Account> accounts, Consumer<List<Transaction>> done) {
        if (accounts.size() < 2) {
            session.dialogs().showInfo(I18n.tr("money.transfer"), I18n.tr("money.transferNeedsTwo"));
            return;
        }
        ComboBox<Account> from = accountBox(accounts, "transfer-from");
        ComboBox<Account> to = accountBox(accounts, "transfer-to");
        to.setValue(accounts.get(1));
        DatePicker date = FieldRules.datePicker(session.today(), "transfer-date");
        TextField amount = new TextField();
        amount.setId("transfer-amount");
        TextField description = new TextField(I18n.tr("money.transferDefault"));
        FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("money.transfer"), I18n.tr("money.transferSave"));
        form.row(I18n.tr("money.transferFrom"), from, FieldRules.chosen("form.accountMissing"))
                .row(I18n.tr("money.transferTo"), to, (Control c, Account value) -> ValidationResult.fromErrorIf(c,
                        I18n.tr("form.sameAccount"), value == null || value.equals(from.getValue())))
                .row(I18n.tr("money.col.date"), date, FieldRules.requiredDate())
                .row(I18n.tr("money.col.amount"), amount, FieldRules.amount(false))
                .also(amount, (Control c, String text) -> ValidationResult.fromErrorIf(c, I18n.tr("form.amountZero"),
                        FieldRules.amountProblem(text, false).isEmpty() && FieldRules.money(text).isZero()))
                .row(I18n.tr("money.col.description"), description);
        from.valueProperty().addListener((o, a, b) -> form.validation().revalidate());
        if (form.showAndWait()) {
            session.tasks().run(I18n.tr("task.saving"), () -> new LedgerService(session.book()).transfer(
                    from.getValue().id(), to.getValue().id(), date.getValue(), FieldRules.money(amount.getText()),
                    description.getText()), done);
        }
    }

    /** Shares one payment across up to four categories or funders; the parts must add up to it. */
    static void split(BookSession session, Transaction whole, List<Split> current, Consumer<List<Split>> done) {
        int partCount = 4;
        List<ComboBox<Category>> categories = new ArrayList<>();
        List<ComboBox<Funder>> funders = new ArrayList<>();
        List<TextField> amounts = new ArrayList<>();
        TextField left = new TextField();
        left.setEditable(false);
        left.setId("split-left");
        FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("money.splitTitle", whole.payee().isBlank()
                ? whole.description() : whole.payee(), whole.amount().abs().display()), I18n.tr("money.splitSave"));
        form.wide(LedgerCells.hint(I18n.tr("money.splitHelp")));
        for (int i = 0; i < partCount; i++) {
            ComboBox<Category> category = categoryBox("split-category-" + i, true, false);
            ComboBox<Funder> funder = funderBox("split-funder-" + i);
            TextField amount = new TextField();
            amount.setId("split-amount-" + i);
            amount.setPrefColumnCount(8);
            if (i < current.size()) {
                category.setValue(current.get(i).category());
                funder.setValue(current.get(i).funder());
                amount.setText(current.get(i).amount().abs().plain());
            } else if (current.isEmpty() && i == 0) {
                category.setValue(whole.category() == Category.TRANSFER ? null : whole.category());
                funder.setValue(whole.funder());
                amount.setText(whole.amount().abs().plain());
            }
            categories.add(category);
            funders.add(funder);
            amounts.add(amount);
            HBox part = new HBox(8, category, funder, amount);
            HBox.setHgrow(category, Priority.ALWAYS);
            form.row(I18n.tr("money.splitPart", i + 1), part, amount, (Control c, String text) -> {
                Optional<String> wrong = text == null || text.isBlank() ? Optional.empty()
                        : FieldRules.amountProblem(text, false);
                return ValidationResult.fromErrorIf(c, wrong.orElse(""), wrong.isPresent());
            });
            int index = i;
            form.also(category, (Control c, Category value) -> ValidationResult.fromErrorIf(c,
                    I18n.tr("form.partCategory", index + 1), value == null && !amounts.get(index).getText().isBlank()));
        }
        form.row(I18n.tr("money.splitLeft"), left, (Control c, String text) -> {
            Optional<String> wrong = splitProblem(whole, parts(categories, funders, amounts));
            return ValidationResult.fromErrorIf(c, wrong.orElse(""), wrong.isPresent());
        });
        Runnable recount = () -> {
            long sum = 0;
            for (TextField amount : amounts) {
                if (!amount.getText().isBlank() && FieldRules.amountProblem(amount.getText(), false).isEmpty()) {
                    sum += FieldRules.money(amount.getText()).pence();
                }
            }
            left.setText(Money.ofPence(whole.amount().abs().pence() - sum).display());
            form.validation().revalidate();
        };
        amounts.forEach(a -> a.textProperty().addListener((o, x, y) -> recount.run()));
        categories.forEach(c -> c.valueProperty().addListener((o, x, y) -> recount.run()));
        recount.run();
        Button unsplit = new Button(I18n.tr("money.unsplit"));
        unsplit.setId("split-remove");
        unsplit.setDisable(current.isEmpty());
        boolean[] removeSplit = {false};
        unsplit.setOnAction(e -> {
            removeSplit[0] = true;
            form.dialog().setResult(ButtonType.CANCEL);
            form.dialog().close();
        });
        form.wide(unsplit);
        boolean saved = form.showAndWait();
        if (!saved && !removeSplit[0]) {
            return;
        }
        List<Split> parts = removeSplit[0] ? List.of() : parts(categories, funders, amounts);
        session.tasks().run(I18n.tr("task.saving"), () -> new LedgerService(session.book()).split(whole.id(), parts), done);
    }

    private static List<Split> parts(List<ComboBox<Category>> categories, List<ComboBox<Funder>> funders,
                                     List<TextField> amounts) {
        List<Split> parts = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            String text = amounts.get(i).getText();
            if (text.isBlank() || FieldRules.amountProblem(text, false).isPresent() || categories.get(i).getValue() == null
                    || FieldRules.money(text).isZero()) {
                continue;
            }
            parts.add(new Split(categories.get(i).getValue(), funders.get(i).getValue(), FieldRules.money(text), ""));
        }
        return parts;
    }

    /** Why these parts cannot be saved, in the words of the rule, or empty when they add up. */
    static Optional<String> splitProblem(Transaction whole, List<Split> parts) {
        List<Split> signed = parts.stream().map(p -> new Split(p.category(), p.funder(),
                whole.amount().isNegative() ? p.amount().negate() : p.amount(), p.note())).toList();
        try {
            Split.checkParts(whole.amount(), signed);
            return Optional.empty();
        } catch (uk.supportbudget.domain.Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    /** Adds or changes one account. {@code existing} null: a new one. */
    static void account(BookSession session, Account existing, Runnable done) {
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("account-name");
        ComboBox<AccountKind> kind = combo(List.of(AccountKind.values()), AccountKind::label, "account-kind");
        kind.setValue(existing == null ? AccountKind.BANK : existing.kind());
        TextField provider = new TextField(existing == null ? "" : existing.provider());
        TextField last4 = new TextField(existing == null ? "" : existing.numberLast4());
        last4.setId("account-last4");
        last4.setPrefColumnCount(4);
        TextField opening = new TextField(existing == null ? "0.00" : existing.openingBalance().plain());
        opening.setId("account-opening");
        DatePicker openingOn = FieldRules.datePicker(existing == null ? session.today() : existing.openingOn(), "account-opening-on");
        FormDialog form = new FormDialog(session.dialogs().owner(),
                I18n.tr(existing == null ? "account.addTitle" : "account.editTitle"), I18n.tr("account.save"));
        form.row(I18n.tr("account.name"), name, FieldRules.required("form.accountName"))
                .row(I18n.tr("account.kind"), kind, FieldRules.chosen("form.accountKind"))
                .row(I18n.tr("account.provider"), provider)
                .row(I18n.tr("account.last4"), last4, FieldRules.lastFourDigits())
                .row(I18n.tr("account.opening"), opening, FieldRules.amount(true))
                .row(I18n.tr("account.openingOn"), openingOn, FieldRules.requiredDate());
        if (!form.showAndWait()) {
            return;
        }
        Account account = new Account(existing == null ? 0 : existing.id(), name.getText(), kind.getValue(),
                provider.getText(), last4.getText(), FieldRules.money(opening.getText()), openingOn.getValue());
        session.tasks().run(I18n.tr("task.saving"), () -> {
            AccountRepository repository = new AccountRepository(session.book());
            return existing == null ? repository.add(account) : repository.update(account);
        }, saved -> done.run());
    }

    /** Every account, with buttons to add one or change the chosen one. */
    static void accounts(BookSession session, Runnable changed) {
        ListView<Account> list = new ListView<>();
        list.setId("accounts-list");
        list.setPrefSize(460, 220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Account account, boolean empty) {
                super.updateItem(account, empty);
                setText(empty || account == null ? null : I18n.tr("account.line", account.name(), account.kind().label(),
                        account.numberLast4().isEmpty() ? "" : " \u2022\u2022\u2022\u2022 " + account.numberLast4(),
                        account.openingBalance().display(), account.openingOn().format(LedgerCells.DAY)));
            }
        });
        Runnable reload = () -> session.tasks().run(I18n.tr("task.ledger"),
                () -> new AccountRepository(session.book()).all(), list.getItems()::setAll);
        Button add = new Button(I18n.tr("account.add"));
        add.setId("account-add");
        add.setOnAction(e -> account(session, null, () -> {
            reload.run();
            changed.run();
        }));
        Button edit = new Button(I18n.tr("account.edit"));
        edit.setId("account-edit");
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> account(session, list.getSelectionModel().getSelectedItem(), () -> {
            reload.run();
            changed.run();
        }));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(session.dialogs().owner());
        dialog.setTitle(I18n.tr("account.title"));
        dialog.setHeaderText(I18n.tr("account.title"));
        dialog.getDialogPane().setContent(new VBox(10, list, new HBox(8, add, edit)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        reload.run();
        dialog.showAndWait();
    }

    /** The payee rules, and rules suggested from history, to accept or delete. */
    static void rules(BookSession session) {
        ListView<PayeeRule> rules = new ListView<>();
        rules.setId("rules-list");
        rules.setPrefSize(520, 180);
        rules.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PayeeRule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : I18n.tr("rules.line", rule.contains(), rule.category().label(),
                        rule.funder() == null ? I18n.tr("money.noFunder") : rule.funder().label()));
            }
        });
        rules.setPlaceholder(new Label(I18n.tr("rules.none")));
        ListView<PayeeRules.Suggestion> suggestions = new ListView<>();
        suggestions.setId("rules-suggestions");
        suggestions.setPrefSize(520, 160);
        suggestions.setPlaceholder(new Label(I18n.tr("rules.noSuggestions")));
        suggestions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PayeeRules.Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : I18n.tr("rules.suggestion", s.contains(), s.category().label(),
                        s.matching(), s.total()));
            }
        });
        Runnable reload = () -> session.tasks().run(I18n.tr("task.rules"), () -> {
            PayeeRuleService service = new PayeeRuleService(session.book());
            return new Object[] {service.all(), service.suggestions()};
        }, both -> {
            @SuppressWarnings("unchecked")
            List<PayeeRule> all = (List<PayeeRule>) both[0];
            @SuppressWarnings("unchecked")
            List<PayeeRules.Suggestion> offered = (List<PayeeRules.Suggestion>) both[1];
            rules.getItems().setAll(all);
            suggestions.getItems().setAll(offered);
        });
        Button delete = new Button(I18n.tr("rules.delete"));
        delete.setId("rules-delete");
        delete.disableProperty().bind(rules.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            PayeeRule rule = rules.getSelectionModel().getSelectedItem();
            session.tasks().run(I18n.tr("task.saving"), () -> new PayeeRuleService(session.book()).delete(rule.id()),
                    ok -> reload.run());
        });
        Button accept = new Button(I18n.tr("rules.accept"));
        accept.setId("rules-accept");
        accept.disableProperty().bind(suggestions.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> {
            PayeeRules.Suggestion s = suggestions.getSelectionModel().getSelectedItem();
            session.tasks().run(I18n.tr("task.saving"), () -> new PayeeRuleService(session.book())
                    .add(PayeeRule.of(s.contains(), s.category(), s.funder())), ok -> reload.run());
        });
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(session.dialogs().owner());
        dialog.setTitle(I18n.tr("rules.title"));
        dialog.setHeaderText(I18n.tr("rules.title"));
        Label rulesHeading = new Label(I18n.tr("rules.yours"));
        rulesHeading.getStyleClass().add("title-4");
        Label suggestionsHeading = new Label(I18n.tr("rules.suggested"));
        suggestionsHeading.getStyleClass().add("title-4");
        dialog.getDialogPane().setContent(new VBox(8, LedgerCells.hint(I18n.tr("rules.help")), rulesHeading, rules, delete,
                suggestionsHeading, suggestions, accept));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        reload.run();
        dialog.showAndWait();
    }
}
