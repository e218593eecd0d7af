package uk.supportbudget.ui.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.domain.staff.Supplier;
import uk.supportbudget.service.PayrollService;
import uk.supportbudget.service.RotaService;
import uk.supportbudget.service.StaffService;
import uk.supportbudget.ui.common.DatePickers;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The Staff page: the PAs and suppliers on the left; on the right the chosen PA's details and contract
 * in one form (checked at each field, the minimum wage included), or the supplier's card with the
 * employment-status reminder. Bank details stay masked until "Show" is pressed.
 */
public final class StaffView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** One line in the list: a PA or a supplier. */
    record Entry(StaffService.StaffMember member, Supplier supplier) {
        @Override
        public String toString() {
            return member != null ? member.employee().fullName() : supplier.name();
        }
    }

    private final BookSession session;
    private final StaffFormModel form = new StaffFormModel();
    private final ListView<Entry> list = new ListView<>();
    private final VBox notices = new VBox(6);
    private final VBox detail = new VBox(12);
    private StaffService.Overview overview;

    public StaffView(BookSession session) {
        this.session = session;
        setId("page-staff");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        Label title = new Label(I18n.tr("staff.title"));
        title.getStyleClass().add("title-2");
        list.setId("staff-list");
        list.setPrefWidth(ThemeManager.scaled(260));
        list.setPrefHeight(ThemeManager.scaled(260));
        list.setAccessibleText(I18n.tr("staff.list"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || entry == null ? null : entry.member() != null ? entry.toString()
                        : I18n.tr("staff.supplierEntry", entry.supplier().name(), entry.supplier().kind().label()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> showEntry(entry));
        Button addPa = new Button(I18n.tr("staff.addPa"));
        addPa.setId("staff-add-pa");
        addPa.setOnAction(event -> {
            list.getSelectionModel().clearSelection();
            form.clear(session.today());
            showForm();
        });
        Button addSupplier = new Button(I18n.tr("staff.addSupplier"));
        addSupplier.setId("staff-add-supplier");
        addSupplier.setWrapText(true);
        addSupplier.setMaxWidth(ThemeManager.scaled(260));
        addSupplier.setOnAction(event -> {
            list.getSelectionModel().clearSelection();
            showSupplierForm();
        });
        VBox left = new VBox(8, list, addPa, addSupplier);
        left.setPrefWidth(ThemeManager.scaled(260));
        left.setMaxWidth(ThemeManager.scaled(260));
        // the list beside the form, or above it when the window is narrow or the text large
        javafx.scene.layout.Pane body = uk.supportbudget.ui.common.Reflow.sideBySide(24, left, detail);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setAccessibleText(I18n.tr("common.loading"));
        detail.getChildren().add(loading);
        getChildren().addAll(title, notices, body);
        reload(null);
    }

    private void reload(Long select) {
        session.tasks().run(I18n.tr("task.staff"), () -> new StaffService(session.book()).overview(session.today()), loaded -> {
            overview = loaded;
            notices.getChildren().clear();
            for (String warning : loaded.warnings()) {
                notices.getChildren().add(notice(warning));
            }
            for (StaffService.StaffMember member : loaded.employees()) {
                member.reminders().forEach(reminder -> notices.getChildren().add(notice(reminder)));
            }
            list.getItems().setAll(loaded.employees().stream().map(m -> new Entry(m, null)).toList());
            loaded.suppliers().forEach(s -> list.getItems().add(new Entry(null, s)));
            Optional<Entry> chosen = list.getItems().stream()
                    .filter(e -> e.member() != null && select != null && e.member().employee().id() == select).findFirst();
            if (chosen.isPresent()) {
                list.getSelectionModel().select(chosen.get());
            } else if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            } else {
                detail.getChildren().setAll(new Label(I18n.tr("staff.none")));
            }
        });
    }

    private static Label notice(String text) {
        Label label = new Label("\u26A0 " + text);
        label.setWrapText(true);
        label.getStyleClass().add("staff-notice");
        return label;
    }

    private void showEntry(Entry entry) {
        if (entry == null) {
            return;
        }
        if (entry.member() != null) {
            form.load(entry.member());
            showForm();
        } else {
            showSupplier(entry.supplier());
        }
    }

    // ---- the PA form

    private void showForm() {
        ValidationSupport validation = new ValidationSupport();
        GridPane about = grid();
        int row = 0;
        row = add(about, row, "staff.field.name", text("staff-name", form.fullName), validation, form::nameProblem);
        row = add(about, row, "staff.field.address", text("staff-address", form.address), null, null);
        row = add(about, row, "staff.field.dateOfBirth", date("staff-dob", form.dateOfBirth), null, null);
        row = add(about, row, "staff.field.niNumber", text("staff-ni", form.niNumber), validation, form::niProblem);
        row = add(about, row, "staff.field.startDate", date("staff-start", form.startDate), null, null);
        row = add(about, row, "staff.field.leaveDate", date("staff-leave", form.leaveDate), validation, form::leaveDateProblem);
        about.add(muted(I18n.tr("staff.leave.help")), 1, row++);
        row = add(about, row, "staff.field.emergency", text("staff-emergency", form.emergencyContact), null, null);

        GridPane tax = grid();
        row = 0;
        row = add(tax, row, "staff.field.starter", combo("staff-starter", form.starter, StarterDeclaration.values()), null, null);
        GridPane p45 = grid();
        int p45Row = 0;
        p45Row = add(p45, p45Row, "staff.field.p45Pay", text("staff-p45-pay", form.p45Pay), validation, form::p45PayProblem);
        p45Row = add(p45, p45Row, "staff.field.p45Tax", text("staff-p45-tax", form.p45Tax), validation, form::p45TaxProblem);
        p45Row = add(p45, p45Row, "staff.field.p45TaxCode", text("staff-p45-tax-code", form.p45TaxCode), validation, form::p45TaxCodeProblem);
        add(p45, p45Row, "staff.field.p45LeftOn", date("staff-p45-left", form.p45LeftOn), validation, form::p45LeftOnProblem);
        p45.setId("staff-p45");
        p45.visibleProperty().bind(form.starter.isEqualTo(StarterDeclaration.P45));
        p45.managedProperty().bind(p45.visibleProperty());
        tax.add(p45, 0, row++, 2, 1);
        row = add(tax, row, "staff.field.taxCode", text("staff-tax-code", form.taxCode), validation, form::taxCodeProblem);
        row = add(tax, row, "staff.field.niCategory", combo("staff-ni-category", form.niCategory, NiCategory.values()), null, null);
        row = add(tax, row, "staff.field.studentLoan", combo("staff-student-loan", form.studentLoan,
                StaffFormModel.LoanChoice.all().toArray(new StaffFormModel.LoanChoice[0])), null, null);
        CheckBox postgraduate = new CheckBox(I18n.tr("staff.field.postgraduateLoan"));
        postgraduate.setId("staff-postgraduate-loan");
        postgraduate.selectedProperty().bindBidirectional(form.postgraduateLoan);
        tax.add(postgraduate, 1, row++);
        row = add(tax, row, "staff.field.pension", combo("staff-pension", form.pension, PensionStatus.values()), null, null);
        row = addBank(tax, row, validation);

        GridPane checks = grid();
        row = 0;
        row = add(checks, row, "staff.field.dbsDate", date("staff-dbs-date", form.dbsDate), null, null);
        row = add(checks, row, "staff.field.dbsNumber", text("staff-dbs-number", form.dbsNumber), validation, form::dbsProblem);
        row = add(checks, row, "staff.field.rightToWork", date("staff-rtw", form.rightToWork), null, null);
        CheckBox apprentice = new CheckBox(I18n.tr("staff.field.apprentice"));
        apprentice.selectedProperty().bindBidirectional(form.apprentice);
        checks.add(apprentice, 1, row);

        GridPane contract = grid();
        row = 0;
        row = add(contract, row, "staff.field.termsFrom", date("staff-terms-from", form.termsFrom), null, null);
        row = add(contract, row, "staff.field.hours", text("staff-hours", form.hoursPerWeek), validation, form::hoursProblem);
        TextField day = text("staff-day-rate", form.dayRate);
        row = add(contract, row, "staff.field.dayRate", day, validation, () -> form.rateProblem(form.dayRate, true));
        row = add(contract, row, "staff.field.nightRate", text("staff-night-rate", form.nightRate), validation,
                () -> form.rateProblem(form.nightRate, false));
        row = add(contract, row, "staff.field.weekendRate", text("staff-weekend-rate", form.weekendRate), validation,
                () -> form.rateProblem(form.weekendRate, false));
        row = add(contract, row, "staff.field.bankHolidayRate", text("staff-bank-holiday-rate", form.bankHolidayRate), validation,
                () -> form.rateProblem(form.bankHolidayRate, false));
        row = add(contract, row, "staff.field.sleepIn", text("staff-sleep-in", form.sleepIn), validation, form::allowanceProblem);
        row = add(contract, row, "staff.field.wakingNight", text("staff-waking-night", form.wakingNightRate), validation,
                () -> form.rateProblem(form.wakingNightRate, false));
        row = add(contract, row, "staff.field.notice", text("staff-notice", form.noticeWeeks), null, null);
        add(contract, row, "staff.field.payFrequency", combo("staff-frequency", form.payFrequency, PayFrequency.values()), null, null);
        Label minimum = new Label();
        minimum.getStyleClass().add("text-muted");
        minimum.setWrapText(true);
        Runnable showMinimum = () -> minimum.setText(form.dateOfBirth.get() == null || form.termsFrom.get() == null ? I18n.tr("staff.minimum.unknown")
                : I18n.tr("staff.minimum", StaffService.minimumFor(form.dateOfBirth.get(), form.apprentice.get(), form.termsFrom.get()).display(),
                        form.termsFrom.get().format(DAY)));
        form.dateOfBirth.addListener((obs, old, now) -> showMinimum.run());
        form.termsFrom.addListener((obs, old, now) -> showMinimum.run());
        form.apprentice.addListener((obs, old, now) -> showMinimum.run());
        showMinimum.run();
        // A new date of birth or start of terms changes the minimum: check the rates again.
        form.dateOfBirth.addListener((obs, old, now) -> validation.revalidate());
        form.termsFrom.addListener((obs, old, now) -> validation.revalidate());
        form.apprentice.addListener((obs, old, now) -> validation.revalidate());
        // Choosing P45 makes its figures needed; a new start date moves what the leaving dates may be.
        form.starter.addListener((obs, old, now) -> validation.revalidate());
        form.startDate.addListener((obs, old, now) -> validation.revalidate());

        Label problem = new Label();
        problem.setId("staff-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning-text");
        Button save = new Button(I18n.tr(form.isNew() ? "staff.saveNew" : "staff.save"));
        save.setId("staff-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> save(problem));

        Label heading = new Label(form.isNew() ? I18n.tr("staff.newPa") : form.fullName.get());
        heading.getStyleClass().add("title-3");
        detail.getChildren().setAll(heading, section("staff.section.about", about), section("staff.section.tax", tax),
                section("staff.section.checks", checks), section("staff.section.contract", contract), minimum, problem, save);
        PensionStatus status = form.pension.get();
        if (!form.isNew() && (status == PensionStatus.ENROLLED || status == PensionStatus.OPTED_IN || status == PensionStatus.JOINED_ON_REQUEST)) {
            detail.getChildren().add(detail.getChildren().size() - 3, optOutSection(form.employeeId.get()));
        }
        if (!form.isNew() && form.startDate.get() != null
                && (status == PensionStatus.NOT_YET_ASSESSED || status == PensionStatus.POSTPONED || status == PensionStatus.NOT_ELIGIBLE)) {
            detail.getChildren().add(detail.getChildren().size() - 3, postponementSection(form.employeeId.get(), form.fullName.get(),
                    form.startDate.get()));
        }
    }

    /**
     * Postponing a PA's pension assessment for one to three months from their start: the end date and the day the
     * postponement notice is due are shown as the months are chosen; the pay run covering the end assesses them.
     */
    private VBox postponementSection(long employeeId, String name, LocalDate started) {
        PostponementFormModel postpone = new PostponementFormModel(name, started, session.today());
        ValidationSupport validation = new ValidationSupport();
        GridPane grid = grid();
        int row = 0;
        Label recorded = muted("");
        recorded.setId("staff-postpone-recorded");
        grid.add(recorded, 0, row++, 2, 1);
        ComboBox<Integer> months = combo("staff-postpone-months", postpone.months, PostponementFormModel.MONTHS);
        months.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : I18n.tr("staff.postpone.month", value);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        row = add(grid, row, "staff.postpone.months", months, validation, postpone::monthsProblem);
        Label explanation = new Label(postpone.explanation());
        explanation.setId("staff-postpone-explanation");
        explanation.setWrapText(true);
        postpone.months.addListener((obs, old, now) -> explanation.setText(postpone.explanation()));
        grid.add(explanation, 1, row++);
        grid.add(muted(I18n.tr("staff.postpone.help")), 1, row++);
        Label problem = new Label();
        problem.setId("staff-postpone-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning-text");
        Button record = new Button(I18n.tr("staff.postpone.record"));
        record.setId("staff-postpone-record");
        record.setOnAction(event -> {
            Optional<String> wrong = postpone.monthsProblem();
            if (wrong.isPresent()) {
                problem.setText(wrong.get());
                return;
            }
            problem.setText("");
            int chosen = postpone.months.get();
            session.tasks().run(I18n.tr("task.staff.save"), () -> new PayrollService(session.book()).recordPostponement(employeeId, chosen),
                    saved -> recorded.setText(PostponementFormModel.recorded(saved)),
                    error -> problem.setText(uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
        });
        grid.add(record, 1, row++);
        grid.add(problem, 1, row);
        session.tasks().run(I18n.tr("task.staff"), () -> new PayrollService(session.book()).pensionNotice(employeeId),
                notice -> recorded.setText(PostponementFormModel.recorded(notice)));
        return section("staff.section.postpone", grid);
    }

    /**
     * Recording a PA's notice that they are opting out of (or leaving) the pension: the next pay run refunds
     * what they paid in when the notice came within the month's window, and stops contributions either way.
     */
    private VBox optOutSection(long employeeId) {
        OptOutFormModel optOut = new OptOutFormModel(session.today());
        ValidationSupport validation = new ValidationSupport();
        GridPane grid = grid();
        int row = 0;
        Label recorded = muted("");
        recorded.setId("staff-opt-out-recorded");
        grid.add(recorded, 0, row++, 2, 1);
        row = add(grid, row, "staff.optOut.received", date("staff-opt-out-received", optOut.received), validation, optOut::receivedProblem);
        row = add(grid, row, "staff.optOut.informationGiven", date("staff-opt-out-information", optOut.informationGiven), validation,
                optOut::informationProblem);
        grid.add(muted(I18n.tr("staff.optOut.help")), 1, row++);
        Label problem = new Label();
        problem.setId("staff-opt-out-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning-text");
        Button record = new Button(I18n.tr("staff.optOut.record"));
        record.setId("staff-opt-out-record");
        record.setOnAction(event -> {
            Optional<String> wrong = optOut.problem();
            if (wrong.isPresent()) {
                problem.setText(wrong.get());
                return;
            }
            problem.setText("");
            LocalDate received = optOut.received.get();
            LocalDate information = optOut.informationGiven.get();
            session.tasks().run(I18n.tr("task.staff.save"),
                    () -> new PayrollService(session.book()).recordOptOut(employeeId, received, information, session.today()),
                    saved -> recorded.setText(OptOutFormModel.recorded(saved)),
                    error -> problem.setText(uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
        });
        grid.add(record, 1, row++);
        grid.add(problem, 1, row);
        session.tasks().run(I18n.tr("task.staff"), () -> new PayrollService(session.book()).pensionNotice(employeeId),
                notice -> recorded.setText(OptOutFormModel.recorded(notice)));
        return section("staff.section.optOut", grid);
    }

    private int addBank(GridPane grid, int row, ValidationSupport validation) {
        TextField sort = text("staff-sort-code", form.sortCode);
        TextField account = text("staff-account", form.accountNumber);
        Label masked = new Label();
        masked.setId("staff-bank-masked");
        Runnable mask = () -> masked.setText(form.sortCode.get().isBlank() ? I18n.tr("staff.bank.none")
                : maskedBank(form.sortCode.get(), form.accountNumber.get()));
        mask.run();
        ToggleButton show = new ToggleButton(I18n.tr("staff.bank.show"));
        show.setId("staff-bank-show");
        show.setAccessibleText(I18n.tr("staff.bank.show.help"));
        javafx.scene.layout.FlowPane editors = uk.supportbudget.ui.common.Reflow.row(8, sort, account);
        editors.visibleProperty().bind(show.selectedProperty());
        editors.managedProperty().bind(show.selectedProperty());
        masked.visibleProperty().bind(show.selectedProperty().not());
        masked.managedProperty().bind(show.selectedProperty().not());
        show.selectedProperty().addListener((obs, old, shown) -> {
            show.setText(I18n.tr(shown ? "staff.bank.hide" : "staff.bank.show"));
            mask.run();
        });
        sort.setPromptText(I18n.tr("staff.field.sortCode"));
        account.setPromptText(I18n.tr("staff.field.account"));
        sort.setAccessibleText(I18n.tr("staff.field.sortCode"));
        account.setAccessibleText(I18n.tr("staff.field.account"));
        validation.registerValidator(account, false, validator(form::bankProblem));
        Label label = new Label(I18n.tr("staff.field.bank"));
        label.setLabelFor(show);
        grid.addRow(row, label, uk.supportbudget.ui.common.Reflow.row(8, masked, editors, show));
        return row + 1;
    }

    private static String maskedBank(String sortCode, String account) {
        try {
            return uk.supportbudget.domain.staff.BankDetails.parse(sortCode, account).masked();
        } catch (Refusal refusal) {
            return I18n.tr("staff.bank.incomplete");
        }
    }

    private void save(Label problem) {
        Employee employee;
        Contract contract;
        try {
            employee = form.employee();
            contract = form.contract();
        } catch (Refusal refusal) {
            problem.setText(refusal.getMessage());
            return;
        }
        problem.setText("");
        boolean isNew = form.isNew();
        LocalDate leaving = employee.leaveDate();
        if (isNew || leaving == null) {
            store(employee, contract, isNew, null, problem);
            return;
        }
        // A leaver works no shifts after their last day: say which come off the rota before taking them off.
        session.tasks().run(I18n.tr("task.staff"), () -> new RotaService(session.book()).shiftsAfter(employee.id(), leaving).size(), later -> {
            if (later > 0 && !session.dialogs().confirm(I18n.tr("staff.leave.confirm.title"),
                    I18n.tr("staff.leave.confirm.question", employee.fullName(), later, leaving.format(DAY)), I18n.tr("staff.leave.confirm"))) {
                return;
            }
            store(employee, contract, false, later > 0 ? leaving : null, problem);
        });
    }

    /** Saves the PA and their terms in one transaction, taking shifts after {@code removeShiftsAfter} (if any) off the rota. */
    private void store(Employee employee, Contract contract, boolean isNew, LocalDate removeShiftsAfter, Label problem) {
        session.tasks().run(I18n.tr("task.staff.save"), () -> {
            StaffService staff = new StaffService(session.book());
            if (isNew) {
                return staff.addEmployee(employee, contract).employee().id();
            }
            return session.book().inTransaction(connection -> {
                staff.updateEmployee(employee);
                Optional<Contract> current = staff.contractOn(employee.id(), contract.startsOn());
                if (current.isEmpty() || !sameTerms(current.get(), contract)) {
                    staff.changeContract(contract);
                }
                if (removeShiftsAfter != null) {
                    new RotaService(session.book()).removeShiftsAfter(employee.id(), removeShiftsAfter);
                }
                return employee.id();
            });
        }, this::reload, error -> problem.setText(uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
    }

    private static boolean sameTerms(Contract a, Contract b) {
        return a.withId(0, 0).endingOn(null).equals(b.withId(0, 0).endingOn(null));
    }

    // ---- suppliers

    private void showSupplier(Supplier supplier) {
        Label heading = new Label(supplier.name());
        heading.getStyleClass().add("title-3");
        GridPane facts = grid();
        facts.addRow(0, new Label(I18n.tr("staff.supplier.kind")), new Label(supplier.kind().label()));
        facts.addRow(1, new Label(I18n.tr("staff.supplier.contact")), new Label(supplier.contact()));
        facts.addRow(2, new Label(I18n.tr("staff.supplier.rate")), new Label(supplier.hourlyRate().isZero() ? "\u2014" : supplier.hourlyRate().display()));
        facts.addRow(3, new Label(I18n.tr("staff.supplier.notes")), new Label(supplier.notes()));
        Label reminder = new Label(supplier.employmentStatusReminder());
        reminder.setId("staff-supplier-reminder");
        reminder.setWrapText(true);
        reminder.getStyleClass().add("staff-reminder");
        detail.getChildren().setAll(heading, facts, reminder);
    }

    private void showSupplierForm() {
        ValidationSupport validation = new ValidationSupport();
        TextField name = new TextField();
        name.setId("supplier-name");
        ComboBox<Supplier.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Supplier.Kind.values());
        kind.setValue(Supplier.Kind.AGENCY);
        TextField contact = new TextField();
        TextField rate = new TextField();
        TextField notes = new TextField();
        validation.registerValidator(name, Validator.createEmptyValidator(I18n.tr("staff.supplier.nameNeeded")));
        GridPane grid = grid();
        int row = 0;
        for (Object[] field : new Object[][] {{"staff.supplier.name", name}, {"staff.supplier.kind", kind}, {"staff.supplier.contact", contact},
                {"staff.supplier.rate", rate}, {"staff.supplier.notes", notes}}) {
            Label label = new Label(I18n.tr((String) field[0]));
            label.setLabelFor((Node) field[1]);
            grid.addRow(row++, label, (Node) field[1]);
        }
        Label reminder = new Label();
        reminder.setWrapText(true);
        reminder.getStyleClass().add("staff-reminder");
        Runnable remind = () -> reminder.setText(new Supplier(0, "x", kind.getValue(), "", null, "").employmentStatusReminder());
        kind.valueProperty().addListener((obs, old, now) -> remind.run());
        remind.run();
        Label problem = new Label();
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        Button save = new Button(I18n.tr("staff.supplier.save"));
        save.setDefaultButton(true);
        save.setOnAction(event -> {
            Supplier supplier;
            try {
                supplier = new Supplier(0, name.getText(), kind.getValue(), contact.getText(),
                        rate.getText().isBlank() ? Money.ZERO : Money.parseLenient(rate.getText()), notes.getText());
            } catch (Refusal refusal) {
                problem.setText(refusal.getMessage());
                return;
            }
            session.tasks().run(I18n.tr("task.staff.save"), () -> new StaffService(session.book()).addSupplier(supplier),
                    saved -> reload(null), error -> problem.setText(uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
        });
        Label heading = new Label(I18n.tr("staff.supplier.new"));
        heading.getStyleClass().add("title-3");
        detail.getChildren().setAll(heading, grid, reminder, problem, save);
    }

    // ---- small builders

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static VBox section(String key, GridPane grid) {
        Label heading = new Label(I18n.tr(key));
        heading.getStyleClass().add("staff-section");
        return new VBox(6, heading, grid);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setAlignment(Pos.TOP_LEFT);
        // One label width for every section, so the fields line up down the page.
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(250));
        return grid;
    }

    private static int add(GridPane grid, int row, String labelKey, Control field, ValidationSupport validation,
                           java.util.function.Supplier<Optional<String>> problem) {
        Label label = new Label(I18n.tr(labelKey));
        label.setLabelFor(field);
        field.setAccessibleText(I18n.tr(labelKey));
        if (validation != null && problem != null) {
            validation.registerValidator(field, false, validator(problem));
        }
        grid.addRow(row, label, field);
        return row + 1;
    }

    private static <T> Validator<T> validator(java.util.function.Supplier<Optional<String>> problem) {
        return (control, value) -> {
            Optional<String> sentence = problem.get();
            return ValidationResult.fromErrorIf(control, sentence.orElse(""), sentence.isPresent());
        };
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(18);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static DatePicker date(String id, ObjectProperty<LocalDate> property) {
        DatePicker picker = DatePickers.uk(null);
        picker.setId(id);
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private static <T> ComboBox<T> combo(String id, ObjectProperty<T> property, T[] values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(List.of(values));
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
