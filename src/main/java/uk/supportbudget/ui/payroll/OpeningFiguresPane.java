package uk.supportbudget.ui.payroll;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payrun.OpeningFigures;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.service.OpeningFiguresService;
import uk.supportbudget.ui.common.Converters;
import uk.supportbudget.ui.common.FieldRules;
import uk.supportbudget.ui.common.FormDialog;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * The Payroll page's "Figures from before you started using Support Budget": choose a PA and a tax year,
 * then enter the P45 from their last job, this employer's totals from the old payroll (a bureau or Basic
 * PAYE Tools), or the Employment Allowance already used. Loading and saving run in the background.
 */
final class OpeningFiguresPane {

    private final BookSession session;
    private final Runnable changed;
    private final ComboBox<Employee> pa = new ComboBox<>();
    private final ComboBox<TaxYear> year = new ComboBox<>();

    private OpeningFiguresPane(BookSession session, Runnable changed) {
        this.session = session;
        this.changed = changed;
    }

    /** The pane; {@code changed} runs after figures are saved (so the page can show the run again). */
    static TitledPane create(BookSession session, Runnable changed) {
        return new OpeningFiguresPane(session, changed).pane();
    }

    private OpeningFiguresService service() {
        return new OpeningFiguresService(session.book());
    }

    private TitledPane pane() {
        Label help = new Label(I18n.tr("payroll.opening.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        pa.setId("payroll-opening-pa");
        pa.setAccessibleText(I18n.tr("payroll.opening.pa"));
        pa.setConverter(Converters.showing(employee -> employee == null ? "" : employee.fullName()));
        year.setId("payroll-opening-year");
        year.setAccessibleText(I18n.tr("payroll.opening.year"));
        year.getItems().setAll(OpeningFiguresService.yearsOffered(session.today()));
        year.setValue(year.getItems().get(0));
        Button p45 = button("payroll-opening-p45", "payroll.opening.p45", this::p45Form);
        Button before = button("payroll-opening-before", "payroll.opening.before", this::beforeForm);
        p45.disableProperty().bind(pa.valueProperty().isNull());
        before.disableProperty().bind(pa.valueProperty().isNull());
        Button allowance = button("payroll-opening-allowance", "payroll.opening.allowance", this::allowanceForm);
        HBox choose = new HBox(10, new Label(I18n.tr("payroll.opening.pa")), pa, new Label(I18n.tr("payroll.opening.year")), year);
        choose.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(10, 8, p45, before, allowance);
        TitledPane pane = new TitledPane(I18n.tr("payroll.opening.title"), new VBox(8, help, choose, actions));
        pane.setId("payroll-opening");
        pane.setExpanded(false);
        pane.expandedProperty().addListener((obs, was, open) -> {
            if (open) {
                session.tasks().run(I18n.tr("task.payroll.load"), () -> service().employees(), employees -> {
                    pa.getItems().setAll(employees);
                    if (pa.getValue() == null && !employees.isEmpty()) {
                        pa.setValue(employees.get(0));
                    }
                });
            }
        });
        return pane;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(I18n.tr(key));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private record Loaded(OpeningFigures figures, Optional<String> locked) {
    }

    /** Loads the PA's figures in the background, then shows {@code form} with them. */
    private void withFigures(java.util.function.BiConsumer<Employee, Loaded> form) {
        Employee employee = pa.getValue();
        TaxYear taxYear = year.getValue();
        session.tasks().run(I18n.tr("task.payroll.load"), () -> new Loaded(service().figures(employee.id(), taxYear),
                service().lockedReason(employee.id(), taxYear)), loaded -> form.accept(employee, loaded));
    }

    private void p45Form() {
        withFigures((employee, loaded) -> {
            OpeningFiguresModel model = new OpeningFiguresModel(loaded.figures(), employee.niCategory(), loaded.locked());
            FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("payroll.opening.p45.title", employee.fullName(),
                    loaded.figures().taxYear().toString()), I18n.tr("payroll.opening.save"));
            CheckBox has = check("opening-p45-has", "payroll.opening.p45.has", model.hasP45);
            TextField pay = amount("opening-p45-pay", model.p45Pay);
            TextField tax = amount("opening-p45-tax", model.p45Tax);
            TextField code = text("opening-p45-code", model.p45TaxCode);
            CheckBox week1 = check("opening-p45-week1", "payroll.opening.p45.week1", model.p45Week1Month1);
            CheckBox loan = check("opening-p45-student-loan", "payroll.opening.p45.studentLoan", model.p45StudentLoan);
            CheckBox useCode = new CheckBox(I18n.tr("payroll.opening.p45.useCode", employee.fullName()));
            useCode.setId("opening-p45-use-code");
            useCode.setWrapText(true);
            useCode.setMaxWidth(520);
            form.wide(hint("payroll.opening.p45.where"));
            lockedNotice(form, model);
            form.wide(has)
                    .row(I18n.tr("payroll.opening.p45.pay"), pay, amountRule(locked(model)))
                    .row(I18n.tr("payroll.opening.p45.tax"), tax, amountRule(model::p45Problem))
                    .row(I18n.tr("payroll.opening.p45.code"), code, rule(model::p45TaxCodeProblem))
                    .wide(week1)
                    .wide(loan)
                    .wide(useCode)
                    .wide(hint("payroll.opening.p45.codeHint"));
            for (Control field : List.of(pay, tax, code, week1, loan, useCode)) {
                field.disableProperty().bind(model.hasP45.not());
            }
            revalidateOnChange(form, model.hasP45, List.of(model.p45Pay, model.p45Tax, model.p45TaxCode));
            if (form.showAndWait()) {
                save(employee, () -> model.withP45(loaded.figures()), useCode.isSelected());
            }
        });
    }

    private void beforeForm() {
        withFigures((employee, loaded) -> {
            OpeningFiguresModel model = new OpeningFiguresModel(loaded.figures(), employee.niCategory(), loaded.locked());
            FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("payroll.opening.before.title", employee.fullName(),
                    loaded.figures().taxYear().toString()), I18n.tr("payroll.opening.save"));
            CheckBox has = check("opening-before-has", "payroll.opening.before.has", model.hasThisEmployment);
            form.wide(hint("payroll.opening.before.where"));
            lockedNotice(form, model);
            form.wide(has);
            TextField gross = amount("opening-gross", model.gross);
            form.row(I18n.tr("payroll.opening.gross"), gross, amountRule(locked(model)));
            List<Control> fields = new java.util.ArrayList<>(List.of(gross));
            TextField taxable = amount("opening-taxable", model.taxablePay);
            TextField tax = amount("opening-tax", model.tax);
            form.row(I18n.tr("payroll.opening.taxable"), taxable, amountRule())
                    .row(I18n.tr("payroll.opening.tax"), tax, amountRule(model::thisEmploymentProblem));
            fields.addAll(List.of(taxable, tax));
            List<StringProperty> amounts = new java.util.ArrayList<>(List.of(model.gross, model.taxablePay, model.tax));
            NiRowsSection.add(form, model);
            // Figures that belong together share a row, so the form fits a laptop screen; each keeps its own name and check.
            fields.addAll(group(form, "payroll.opening.pension", List.of(
                    new Part("opening-pension-from-pay", "payroll.opening.pensionFromPay", "payroll.opening.pensionFromPay.short", model.pensionFromPay),
                    new Part("opening-pension-employer", "payroll.opening.pensionEmployer", "payroll.opening.pensionEmployer.short",
                            model.pensionEmployer))));
            fields.addAll(group(form, "payroll.opening.loans", List.of(
                    new Part("opening-student-loan", "payroll.opening.studentLoan", "payroll.opening.studentLoan.short", model.studentLoan),
                    new Part("opening-postgraduate-loan", "payroll.opening.postgraduateLoan", "payroll.opening.postgraduateLoan.short",
                            model.postgraduateLoan))));
            TextField statutory = amount("opening-statutory-pay", model.statutoryPay);
            statutory.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("payroll.opening.statutoryPay.tip")));
            form.row(I18n.tr("payroll.opening.statutoryPay"), statutory, amountRule());
            fields.add(statutory);
            List<StringProperty> properties = List.of(model.pensionFromPay, model.pensionEmployer, model.studentLoan, model.postgraduateLoan, model.statutoryPay);
            amounts.addAll(properties);
            fields.forEach(field -> field.disableProperty().bind(model.hasThisEmployment.not()));
            revalidateOnChange(form, model.hasThisEmployment, amounts);
            if (form.showAndWait()) {
                save(employee, () -> model.withThisEmployment(loaded.figures()), false);
            }
        });
    }

    /** One amount in a shared row: its id, its full name (for screen readers and the tooltip), its caption and its value. */
    private record Part(String id, String nameKey, String captionKey, StringProperty value) {
    }

    /** Several amounts on one labelled row, each checked on its own. */
    private static List<TextField> group(FormDialog form, String labelKey, List<Part> parts) {
        List<TextField> fields = new java.util.ArrayList<>();
        HBox row = new HBox(8);
        row.setAlignment(Pos.BOTTOM_LEFT);
        for (Part part : parts) {
            TextField field = amount(part.id(), part.value());
            field.setPrefColumnCount(6);
            field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            field.setAccessibleText(I18n.tr(part.nameKey()));
            field.setTooltip(new javafx.scene.control.Tooltip(I18n.tr(part.nameKey())));
            Label caption = new Label(I18n.tr(part.captionKey()));
            caption.setLabelFor(field);
            caption.setMinWidth(Label.USE_PREF_SIZE);
            caption.getStyleClass().add("text-muted");
            row.getChildren().add(new VBox(2, caption, field));
            fields.add(field);
        }
        form.row(I18n.tr(labelKey), row, fields.get(0), amountRule());
        fields.get(0).setAccessibleText(I18n.tr(parts.get(0).nameKey()));
        for (TextField field : fields.subList(1, fields.size())) {
            form.also(field, amountRule());
        }
        return fields;
    }

    private record Allowance(Money used, Money remaining, Optional<String> locked) {
    }

    private void allowanceForm() {
        TaxYear taxYear = year.getValue();
        session.tasks().run(I18n.tr("task.payroll.load"), () -> new Allowance(service().allowanceUsedBefore(taxYear),
                service().allowanceRemaining(taxYear), service().allowanceLockedReason(taxYear)), allowance -> {
                    FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("payroll.opening.allowance.title", taxYear.toString()),
                            I18n.tr("payroll.opening.save"));
                    TextField used = new TextField(allowance.used().plain());
                    used.setId("opening-allowance-used");
                    form.wide(hint("payroll.opening.allowance.where", allowance.remaining().display()));
                    if (allowance.locked().isPresent()) {
                        form.wide(warning(allowance.locked().get()));
                    }
                    // One validator per field: ControlsFX keeps one result per control, so a second would overwrite the first.
                    form.row(I18n.tr("payroll.opening.allowance.used"), used, (Control c, String text) -> {
                        Optional<String> problem = allowance.locked().or(() -> FieldRules.amountProblem(text, false));
                        return ValidationResult.fromErrorIf(c, problem.orElse(""), problem.isPresent());
                    });
                    used.setEditable(allowance.locked().isEmpty());
                    if (form.showAndWait()) {
                        Money typed = FieldRules.money(used.getText());
                        session.tasks().run(I18n.tr("task.saving"), () -> {
                            service().saveAllowanceUsed(taxYear, typed);
                            return service().allowanceRemaining(taxYear);
                        }, remaining -> {
                            session.dialogs().showInfo(I18n.tr("payroll.opening.allowance.used"),
                                    I18n.tr("payroll.opening.allowance.saved", taxYear.toString(), remaining.display()));
                            changed.run();
                        });
                    }
                });
    }

    private void save(Employee employee, Supplier<OpeningFigures> figures, boolean useP45TaxCode) {
        OpeningFigures toSave;
        try {
            toSave = figures.get();
        } catch (uk.supportbudget.domain.Refusal refusal) {
            session.dialogs().showError(I18n.tr("payroll.opening.title"), refusal.getMessage());
            return;
        }
        session.tasks().run(I18n.tr("task.saving"), () -> {
            service().save(toSave, useP45TaxCode);
            return toSave;
        }, saved -> {
            session.dialogs().showInfo(I18n.tr("payroll.opening.title"), I18n.tr("payroll.opening.saved", employee.fullName(),
                    saved.taxYear().toString()));
            changed.run();
        });
    }

    private static void lockedNotice(FormDialog form, OpeningFiguresModel model) {
        if (model.locked()) {
            form.wide(warning(model.lockedReason));
        }
    }

    /** Figures a finalised run has built on are shown, and the form cannot be saved; the reason stands at the first field. */
    private static Supplier<Optional<String>> locked(OpeningFiguresModel model) {
        return () -> model.locked() ? Optional.of(model.lockedReason) : Optional.empty();
    }

    private static void revalidateOnChange(FormDialog form, javafx.beans.property.BooleanProperty has, List<StringProperty> amounts) {
        has.addListener((obs, was, now) -> form.validation().revalidate());
        amounts.forEach(property -> property.addListener((obs, was, now) -> form.validation().revalidate()));
    }

    private static Validator<String> amountRule() {
        return amountRule(Optional::empty);
    }

    /**
     * The amount's own check, then {@code other} (the lock, or figures that must agree). One validator per field:
     * ControlsFX keeps one result per control, so a second validator would overwrite the first's result.
     */
    private static Validator<String> amountRule(Supplier<Optional<String>> other) {
        return (Control c, String text) -> {
            Optional<String> problem = OpeningFiguresModel.amountProblem(text).or(other);
            return ValidationResult.fromErrorIf(c, problem.orElse(""), problem.isPresent());
        };
    }

    private static <T> Validator<T> rule(Supplier<Optional<String>> problem) {
        return (Control c, T value) -> {
            Optional<String> sentence = problem.get();
            return ValidationResult.fromErrorIf(c, sentence.orElse(""), sentence.isPresent());
        };
    }

    private static TextField amount(String id, StringProperty property) {
        TextField field = text(id, property);
        field.setPromptText("0.00");
        return field;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(12);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(I18n.tr(key));
        box.setId(id);
        box.setWrapText(true);
        box.setMaxWidth(520);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Label hint(String key, Object... arguments) {
        Label label = new Label(I18n.tr(key, arguments));
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label warning(String sentence) {
        Label label = new Label(sentence);
        label.setId("opening-locked");
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.getStyleClass().add("warning-text");
        return label;
    }
}
