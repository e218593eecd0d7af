package uk.supportbudget.ui.payroll;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.AutoEnrolment;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxAndNi;
import uk.supportbudget.domain.payrun.FpsFigures;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.PayrollSettings;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.service.Documents;
import uk.supportbudget.service.PayrollService;
import uk.supportbudget.ui.common.DatePickers;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ScreenParts;
import uk.supportbudget.ui.common.ThemeManager;
import uk.supportbudget.ui.main.BookSession;

/**
 * The Payroll page: choose a pay period, see whose timesheets are signed, work out the draft run, read
 * how each figure was reached, finalise it, print payslips and the summary, key the FPS figures into
 * Basic PAYE Tools, and see what is owed to HMRC, the pension scheme and the PAs, and when.
 */
public final class PayrollView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final int PERIODS_SHOWN = 14;

    private final BookSession session;
    private final PayrollViewModel model = new PayrollViewModel();
    private final ComboBox<PayrollService.PeriodChoice> periodBox = new ComboBox<>(model.periods);
    private final DatePicker payDate;
    private final Label status = new Label();
    private final FlowPane sheets = new FlowPane(16, 6);
    private final TableView<PayRunLine> table = new TableView<>();
    private final List<TableColumn<PayRunLine, ?>> fullColumns = new java.util.ArrayList<>();
    private final List<TableColumn<PayRunLine, ?>> compactColumns = new java.util.ArrayList<>();
    private final GridPane details = new GridPane();
    private final VBox detailsBox = new VBox(6);
    private final TextArea explanation = new TextArea();
    private final GridPane fps = new GridPane();
    private final TableView<PayrollService.Owed> owedTable = new TableView<>(model.owed);
    private final Label owedTotal = new Label();
    private final ComboBox<TaxYear> yearBox = new ComboBox<>();

    public PayrollView(BookSession session) {
        this.session = session;
        this.payDate = DatePickers.uk(null);
        setId("page-payroll");
        getStyleClass().add("page");
        setSpacing(14);
        setPadding(new Insets(24));
        Label title = new Label(I18n.tr("payroll.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(I18n.tr("payroll.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        getChildren().addAll(title, intro, toolbar(), status, sheets, runTable(), fpsPane(), owedPane(), yearEndPane(),
                OpeningFiguresPane.create(session, () -> load(null)), settingsPane(), checkPane());
        status.setId("payroll-status");
        status.setWrapText(true);
        sheets.setId("payroll-timesheets");
        model.run.addListener((obs, old, run) -> showRun(run));
        model.selected.addListener((obs, old, line) -> {
            explanation.setText(PayrollViewModel.explanations(line));
            showDetails(line);
            showFps();
        });
        load(null);
    }

    // ---- choosing a period and working it out

    private VBox toolbar() {
        periodBox.setId("payroll-period");
        periodBox.setAccessibleText(I18n.tr("payroll.period"));
        periodBox.setPrefWidth(uk.supportbudget.ui.common.ThemeManager.scaled(320));
        periodBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PayrollService.PeriodChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public PayrollService.PeriodChoice fromString(String text) {
                return null;
            }
        });
        // the list shows each period in full; the closed box only the period, as the payday and status are beside and below it
        periodBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PayrollService.PeriodChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? "" : choice.shortLabel());
            }
        });
        periodBox.valueProperty().bindBidirectional(model.period);
        model.period.addListener((obs, old, choice) -> {
            if (choice != null) {
                model.payDate.set(choice.payDate());
                model.run.set(choice.run().orElse(null));
                refreshRun(choice);
            }
        });
        payDate.setId("payroll-paydate");
        payDate.valueProperty().bindBidirectional(model.payDate);
        payDate.setPrefWidth(uk.supportbudget.ui.common.ThemeManager.scaled(150));
        payDate.setAccessibleText(I18n.tr("payroll.payDate"));
        Button calculate = new Button(I18n.tr("payroll.calculate"));
        calculate.setId("payroll-calculate");
        calculate.setDefaultButton(true);
        calculate.disableProperty().bind(model.canCalculate.not());
        calculate.setOnAction(event -> calculate());
        Button finalise = new Button(I18n.tr("payroll.finalise"));
        finalise.setId("payroll-finalise");
        finalise.disableProperty().bind(model.canFinalise.not());
        finalise.setOnAction(event -> finalise());
        Button payslips = new Button(I18n.tr("payroll.payslips"));
        payslips.setId("payroll-payslips");
        payslips.disableProperty().bind(model.hasLines.not());
        payslips.setOnAction(event -> savePdf(I18n.tr("payroll.payslips"), "payslips", run -> payroll().payslipsPdf(run.id(), null)));
        Button summary = new Button(I18n.tr("payroll.summary"));
        summary.setId("payroll-summary");
        summary.disableProperty().bind(model.hasLines.not());
        summary.setOnAction(event -> savePdf(I18n.tr("payroll.summary"), "payroll-summary", run -> payroll().summaryPdf(run.id())));
        Label periodLabel = new Label(I18n.tr("payroll.period"));
        Label payDateLabel = new Label(I18n.tr("payroll.payDate"));
        periodLabel.setLabelFor(periodBox);
        payDateLabel.setLabelFor(payDate);
        // rows that wrap, so at large text sizes nothing runs off the page's right edge
        periodBox.setMaxWidth(Double.MAX_VALUE);
        // the payday's label stays with its field when the row wraps (the period's box is too wide to take its label along)
        HBox payDateWithLabel = new HBox(10, payDateLabel, payDate);
        payDateWithLabel.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane choose = uk.supportbudget.ui.common.Reflow.row(10, periodLabel, periodBox, payDateWithLabel);
        javafx.scene.layout.FlowPane act = uk.supportbudget.ui.common.Reflow.row(10, calculate, finalise, payslips, summary);
        return new VBox(10, choose, act);
    }

    private PayrollService payroll() {
        return new PayrollService(session.book());
    }

    private void load(Long selectRunId) {
        session.tasks().run(I18n.tr("task.payroll.load"), () -> {
            PayrollService payroll = payroll();
            return new Loaded(payroll.periods(session.today(), PERIODS_SHOWN), payroll.owed(session.today()), payroll.taxYearsPaid());
        }, loaded -> {
            PayrollService.PeriodChoice keep = model.period.get();
            model.periods.setAll(loaded.periods());
            model.owed.setAll(loaded.owed());
            owedTotal.setText(I18n.tr("payroll.owed.total", model.stillOwed().display()));
            yearBox.getItems().setAll(loaded.years());
            if (!loaded.years().isEmpty() && yearBox.getValue() == null) {
                yearBox.setValue(loaded.years().get(0));
            }
            Optional<PayrollService.PeriodChoice> again = loaded.periods().stream().filter(p -> selectRunId != null
                    ? p.run().map(r -> r.id() == selectRunId).orElse(false)
                    : keep != null && p.workPeriod().equals(keep.workPeriod())).findFirst();
            model.period.set(again.orElseGet(() -> defaultChoice(loaded.periods())));
        });
    }

    /** A draft if there is one; otherwise the period after the last finalised run; otherwise the current period. */
    private static PayrollService.PeriodChoice defaultChoice(List<PayrollService.PeriodChoice> periods) {
        Optional<PayrollService.PeriodChoice> draft = periods.stream().filter(p -> p.run().map(r -> !r.finalised()).orElse(false)).findFirst();
        if (draft.isPresent() || periods.isEmpty()) {
            return draft.orElse(null);
        }
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).run().map(PayRun::finalised).orElse(false)) {
                return periods.get(Math.max(0, i - 1));
            }
        }
        return periods.get(0);
    }

    private record Loaded(List<PayrollService.PeriodChoice> periods, List<PayrollService.Owed> owed, List<TaxYear> years) {
    }

    private void refreshRun(PayrollService.PeriodChoice choice) {
        session.tasks().run(I18n.tr("task.payroll.load"), () -> new RunState(payroll().timesheets(choice.workPeriod()),
                choice.run().map(r -> payroll().run(r.id())).orElse(null), payroll()), state -> {
                    model.timesheets.setAll(state.timesheets());
                    showTimesheets();
                    model.niBefore.set(state.niBefore());
                    model.run.set(state.run());
                    showRun(state.run());
                });
    }

    private record RunState(List<PayrollService.TimesheetStatus> timesheets, PayRun run, PayrollViewModel.NiBefore niBefore) {
        RunState(List<PayrollService.TimesheetStatus> timesheets, PayRun run, PayrollService payroll) {
            this(timesheets, run, run == null ? null : new PayrollViewModel.NiBefore(run.id(), payroll.niBefore(run)));
        }
    }

    private void showTimesheets() {
        sheets.getChildren().clear();
        if (model.timesheets.isEmpty()) {
            sheets.getChildren().add(new Label(I18n.tr("payroll.timesheets.none")));
        }
        for (PayrollService.TimesheetStatus sheet : model.timesheets) {
            String key = switch (sheet.state()) {
                case SIGNED -> "payroll.timesheet.signed";
                case NOT_SIGNED -> "payroll.timesheet.notSigned";
                case MISSING -> "payroll.timesheet.missing";
                case PAID -> "payroll.timesheet.paid";
            };
            Label label = new Label(I18n.tr(key, sheet.employeeName()));
            label.setTooltip(new Tooltip(sheet.sentence()));
            label.getStyleClass().add(sheet.state() == PayrollService.SheetState.NOT_SIGNED || sheet.state() == PayrollService.SheetState.MISSING
                    ? "warning-text" : "text-muted");
            sheets.getChildren().add(label);
        }
    }

    private void calculate() {
        PayrollService.PeriodChoice choice = model.period.get();
        if (model.payDate.get() == null) {
            session.dialogs().showError(I18n.tr("payroll.calculate"), I18n.tr("payroll.payDate.missing"));
            return;
        }
        java.time.LocalDate payDate = model.payDate.get();
        // the calculation is one transaction: a cancel between two PAs rolls it back
        session.tasks().runCancellable(I18n.tr("task.payroll.calculate"), I18n.tr("payroll.calculateCancelled"),
                work -> payroll().calculate(choice.workPeriod(), payDate, work::report), run -> load(run.id()), error -> {
                    if (!uk.supportbudget.ui.common.BackgroundTasks.wasCancelled(error)) {
                        session.dialogs().showError(I18n.tr("payroll.calculate"), uk.supportbudget.ui.common.BackgroundTasks.describe(error));
                    }
                });
    }

    private void finalise() {
        PayRun run = model.run.get();
        if (!session.dialogs().confirm(I18n.tr("payroll.finalise.title"), model.finaliseQuestion(), I18n.tr("payroll.finalise.doIt"))) {
            return;
        }
        session.tasks().runCancellable(I18n.tr("task.payroll.finalise"), I18n.tr("payroll.finaliseCancelled"),
                work -> payroll().finalise(run.id(), work), done -> load(done.id()));
    }

    private void savePdf(String title, String name, Function<PayRun, byte[]> render) {
        PayRun run = model.run.get();
        String suggested = I18n.tr("payroll.fileName", name, run.payDate().toString());
        session.dialogs().chooseFileToSave(title, suggested, I18n.tr("payroll.pdfFilter"), "*.pdf")
                .ifPresent(path -> session.tasks().runCancellable(I18n.tr("task.payroll.pdf"), I18n.tr("task.pdfCancelled"),
                        work -> Documents.save(path, work, () -> render.apply(run)), written -> session.dialogs().showDocument(written)));
    }

    // ---- the run's table and explanations

    private VBox runTable() {
        table.setId("payroll-table");
        table.setPrefHeight(ThemeManager.scaled(170));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.tr("payroll.table.empty")));
        table.setAccessibleText(I18n.tr("payroll.table.name"));
        TableColumn<PayRunLine, String> name = new TableColumn<>(I18n.tr("payroll.column.pa"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().employeeName()));
        name.setPrefWidth(110);
        TableColumn<PayRunLine, String> hours = new TableColumn<>(I18n.tr("payroll.column.hours"));
        hours.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(ShiftPay.hours(cell.getValue().minutesWorked())));
        hours.setPrefWidth(60);
        TableColumn<PayRunLine, Money> net = money("net", "payroll.column.net", PayRunLine::net);
        fullColumns.addAll(List.of(name, hours, money("gross", "payroll.column.gross", PayRunLine::gross),
                money("tax", "payroll.column.tax", PayRunLine::tax), money("ni", "payroll.column.ni", PayRunLine::employeeNi),
                money("pension", "payroll.column.pension", PayRunLine::pensionFromPay),
                money("loans", "payroll.column.loans", l -> l.studentLoan().plus(l.postgraduateLoan())), net,
                money("employerNi", "payroll.column.employerNi", PayRunLine::employerNiDue),
                money("cost", "payroll.column.cost", PayRunLine::employerCost)));
        TableColumn<PayRunLine, String> state = new TableColumn<>(I18n.tr("payroll.column.status"));
        state.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(PayrollViewModel.lineStatus(cell.getValue())));
        compactColumns.addAll(List.of(name, net, state));
        table.getColumns().setAll(fullColumns);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> model.selected.set(line));
        // at large text sizes in a modest window the ten columns cannot all fit: a shorter table, with the
        // chosen PA's figures below it, rather than columns cut off at the table's right edge
        table.widthProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(this::chooseColumns));
        table.getItems().addListener((javafx.collections.ListChangeListener<PayRunLine>) change -> javafx.application.Platform.runLater(this::chooseColumns));
        details.setId("payroll-details");
        details.getStyleClass().add("payroll-details");
        details.setHgap(ThemeManager.scaled(16));
        details.setVgap(ThemeManager.scaled(4));
        Label detailsHeading = new Label(I18n.tr("payroll.details"));
        detailsHeading.getStyleClass().add("money");
        detailsBox.getChildren().setAll(detailsHeading, details);
        detailsBox.setId("payroll-details-box");
        detailsBox.managedProperty().bind(detailsBox.visibleProperty());
        detailsBox.setVisible(false);
        explanation.setId("payroll-explanation");
        explanation.setEditable(false);
        explanation.setWrapText(true);
        explanation.setPrefRowCount(7);
        explanation.setAccessibleText(I18n.tr("payroll.explanation"));
        explanation.setPromptText(I18n.tr("payroll.explanation.prompt"));
        Label heading = new Label(I18n.tr("payroll.explanation"));
        heading.getStyleClass().add("money");
        return new VBox(8, table, detailsBox, heading, explanation);
    }

    /** The full table when every column fits its heading and figures; otherwise PA, net pay and status with the details below. */
    private void chooseColumns() {
        double width = table.getWidth();
        if (width <= 0) {
            return;
        }
        boolean compact = !table.getItems().isEmpty() && width < fullWidthNeeded();
        List<TableColumn<PayRunLine, ?>> wanted = compact ? compactColumns : fullColumns;
        if (!table.getColumns().equals(wanted)) {
            table.getColumns().setAll(wanted);
            // rows laid out for the other set of columns keep their old heights until they are made again
            table.refresh();
        }
        detailsBox.setVisible(compact);
        showDetails(model.selected.get());
    }

    /** What the ten columns need: each its heading (as NoClipping keeps it) or its widest figure, with the cell's padding. */
    private double fullWidthNeeded() {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), ThemeManager.scaled(ThemeManager.BASE_FONT_PX)));
        double needed = ThemeManager.scaled(24); // the borders and a vertical scroll bar
        for (TableColumn<PayRunLine, ?> column : fullColumns) {
            double widest = 0;
            for (PayRunLine line : table.getItems()) {
                Object value = column.getCellObservableValue(line) == null ? null : column.getCellObservableValue(line).getValue();
                measure.setText(value instanceof Money money ? money.display() : String.valueOf(value));
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            needed += Math.max(column.getMinWidth(), widest + ThemeManager.scaled(24));
        }
        return needed;
    }

    /** Every figure of the chosen PA's pay, one per line, each explained on hover and named for screen readers. */
    private void showDetails(PayRunLine line) {
        details.getChildren().clear();
        if (line == null || !detailsBox.isVisible()) {
            table.setAccessibleHelp(null);
            return;
        }
        int row = 0;
        for (PayrollViewModel.Figure figure : PayrollViewModel.figures(line)) {
            Label what = new Label(figure.label());
            Label value = new Label(figure.value());
            value.getStyleClass().add("money");
            value.setAccessibleText(I18n.tr("payroll.details.figure", figure.label(), figure.value()));
            what.setLabelFor(value);
            if (!figure.explanation().isEmpty()) {
                value.setTooltip(wrapping(figure.explanation()));
            }
            details.addRow(row++, what, value);
        }
        // a screen reader on the short table hears the whole breakdown of the chosen row
        table.setAccessibleHelp(PayrollViewModel.spokenFigures(line));
    }

    /** A money column whose cells explain themselves on hover. */
    private TableColumn<PayRunLine, Money> money(String key, String titleKey, Function<PayRunLine, Money> figure) {
        TableColumn<PayRunLine, Money> column = ScreenParts.moneyColumn(I18n.tr(titleKey), figure);
        var cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<PayRunLine, Money> cell = cells.call(c);
            cell.itemProperty().addListener((obs, old, item) -> {
                PayRunLine line = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
                String text = PayrollViewModel.explanationFor(line, key);
                cell.setTooltip(text.isEmpty() ? null : wrapping(text));
            });
            return cell;
        });
        return column;
    }

    private static Tooltip wrapping(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    private void showRun(PayRun run) {
        status.setText(model.status());
        List<PayRunLine> lines = run == null ? List.of() : run.lines();
        table.getItems().setAll(lines);
        if (!lines.isEmpty()) {
            table.getSelectionModel().selectFirst();
        } else {
            model.selected.set(null);
            explanation.clear();
        }
        showFps();
    }

    // ---- FPS figures

    private TitledPane fpsPane() {
        Label notice = new Label(FpsFigures.NOTICE);
        notice.setId("payroll-fps-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("warning-text");
        fps.setId("payroll-fps");
        fps.setHgap(24);
        fps.setVgap(3);
        TitledPane pane = new TitledPane(I18n.tr("payroll.fps.title"), new VBox(8, notice, new Label(I18n.tr("payroll.fps.help")), fps));
        pane.setExpanded(true);
        return pane;
    }

    private void showFps() {
        fps.getChildren().clear();
        int row = 0;
        String section = "";
        for (FpsFigures.Item item : model.fpsItems()) {
            if (!item.section().equals(section)) {
                section = item.section();
                Label heading = new Label(section);
                heading.getStyleClass().add("money");
                fps.add(heading, 0, row++, 2, 1);
            }
            fps.add(new Label(item.label()), 0, row);
            Label value = new Label(item.value());
            value.getStyleClass().add("money");
            fps.add(value, 1, row++);
        }
        if (row == 0) {
            fps.add(new Label(I18n.tr("payroll.fps.none")), 0, 0);
        }
    }

    // ---- what is owed

    private TitledPane owedPane() {
        owedTable.setId("payroll-owed");
        owedTable.setPrefHeight(200);
        owedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        owedTable.setPlaceholder(new Label(I18n.tr("payroll.owed.none")));
        owedTable.getColumns().add(text(I18n.tr("payroll.owed.what"), o -> o.liability().kind().label()));
        owedTable.getColumns().add(text(I18n.tr("payroll.owed.to"), o -> o.liability().payee()));
        owedTable.getColumns().add(ScreenParts.moneyColumn(I18n.tr("payroll.owed.amount"), o -> o.liability().amount()));
        owedTable.getColumns().add(text(I18n.tr("payroll.owed.status"), PayrollService.Owed::status));
        owedTable.getColumns().add(text(I18n.tr("payroll.owed.run"), PayrollService.Owed::runTitle));
        owedTable.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(PayrollService.Owed item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("payroll-overdue");
                if (!empty && item != null && item.liability().overdue(session.today())) {
                    getStyleClass().add("payroll-overdue");
                }
            }
        });
        Button record = new Button(I18n.tr("payroll.owed.record"));
        record.setId("payroll-record-payment");
        record.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            PayrollService.Owed chosen = owedTable.getSelectionModel().getSelectedItem();
            return chosen == null || chosen.liability().paid();
        }, owedTable.getSelectionModel().selectedItemProperty()));
        record.setOnAction(event -> recordPayment());
        owedTotal.setId("payroll-owed-total");
        owedTotal.getStyleClass().add("money");
        Label help = new Label(I18n.tr("payroll.owed.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        javafx.scene.layout.FlowPane actions = uk.supportbudget.ui.common.Reflow.row(12, owedTotal, record);
        TitledPane pane = new TitledPane(I18n.tr("payroll.owed.title"), new VBox(8, help, owedTable, actions));
        pane.setExpanded(true);
        return pane;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private void recordPayment() {
        PayrollService.Owed chosen = owedTable.getSelectionModel().getSelectedItem();
        session.tasks().run(I18n.tr("task.payroll.load"), () -> payroll().accounts(), accounts -> {
            List<String> names = accounts.stream().map(Account::name).toList();
            if (names.isEmpty()) {
                session.dialogs().showError(I18n.tr("payroll.owed.record"), I18n.tr("payroll.owed.noAccounts"));
                return;
            }
            session.dialogs().choose(I18n.tr("payroll.owed.record"), I18n.tr("payroll.owed.recordQuestion", chosen.liability().amount().display(),
                    chosen.liability().payee(), session.today().format(DAY)), names).ifPresent(name -> {
                        long accountId = accounts.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
                        session.tasks().run(I18n.tr("task.payroll.record"),
                                () -> payroll().recordPayment(chosen.liability().id(), accountId, session.today()), saved -> load(null));
                    });
        });
    }

    // ---- year end

    private TitledPane yearEndPane() {
        yearBox.setId("payroll-year");
        yearBox.setAccessibleText(I18n.tr("payroll.yearEnd.year"));
        Button print = new Button(I18n.tr("payroll.yearEnd.print"));
        print.setId("payroll-year-end");
        print.disableProperty().bind(yearBox.valueProperty().isNull());
        print.setOnAction(event -> {
            TaxYear year = yearBox.getValue();
            session.dialogs().chooseFileToSave(I18n.tr("payroll.yearEnd.print"), I18n.tr("payroll.fileName", "year-end", year.toString()),
                    I18n.tr("payroll.pdfFilter"), "*.pdf").ifPresent(path -> session.tasks().runCancellable(I18n.tr("task.payroll.pdf"),
                            I18n.tr("task.pdfCancelled"), work -> Documents.save(path, work, () -> payroll().yearEndPdf(year)),
                            written -> session.dialogs().showDocument(written)));
        });
        Label help = new Label(I18n.tr("payroll.yearEnd.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        javafx.scene.layout.FlowPane row = uk.supportbudget.ui.common.Reflow.row(10, new Label(I18n.tr("payroll.yearEnd.year")), yearBox, print);
        TitledPane pane = new TitledPane(I18n.tr("payroll.yearEnd.title"), new VBox(8, help, row));
        pane.setExpanded(false);
        return pane;
    }

    // ---- settings

    private TitledPane settingsPane() {
        VBox content = new VBox(8, new Label(I18n.tr("common.loading")));
        TitledPane pane = new TitledPane(I18n.tr("payroll.settings.title"), content);
        pane.setExpanded(false);
        pane.expandedProperty().addListener((obs, was, open) -> {
            if (open) {
                session.tasks().run(I18n.tr("task.payroll.load"), () -> payroll().settings(), settings -> content.getChildren().setAll(settingsForm(settings)));
            }
        });
        return pane;
    }

    private VBox settingsForm(PayrollSettings current) {
        ComboBox<PayFrequency> frequency = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(PayFrequency.values()));
        frequency.setId("payroll-settings-frequency");
        frequency.setValue(current.frequency());
        TextField payday = field("payroll-settings-payday", Integer.toString(current.payday()));
        CheckBox allowance = new CheckBox(I18n.tr("payroll.settings.allowance"));
        allowance.setId("payroll-settings-allowance");
        allowance.setSelected(current.claimEmploymentAllowance());
        CheckBox quarterly = new CheckBox(I18n.tr("payroll.settings.quarterly"));
        quarterly.setId("payroll-settings-quarterly");
        quarterly.setSelected(current.hmrcQuarterly());
        TextField scheme = field("payroll-settings-scheme", current.pensionScheme());
        TextField employee = field("payroll-settings-employee", current.pensionEmployeeRate().asPercent().toPlainString());
        TextField employer = field("payroll-settings-employer", current.pensionEmployerRate().asPercent().toPlainString());
        ComboBox<AutoEnrolment.TaxRelief> relief = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(AutoEnrolment.TaxRelief.values()));
        relief.setId("payroll-settings-relief");
        relief.setValue(current.pensionRelief());
        TextField dueDay = field("payroll-settings-due-day", Integer.toString(current.pensionDueDay()));
        java.util.function.Supplier<PayrollSettings> read = () -> new PayrollSettings(frequency.getValue(), whole(payday.getText(), "payday"),
                allowance.isSelected(), quarterly.isSelected(), scheme.getText(), Percentage.parse(employee.getText()), Percentage.parse(employer.getText()),
                relief.getValue(), whole(dueDay.getText(), "due day"));
        ValidationSupport validation = new ValidationSupport();
        for (Control control : List.of(payday, employee, employer, dueDay)) {
            validation.registerValidator(control, false, (Validator<Object>) (c, value) -> {
                Optional<String> problem = PayslipCheckModel.problem(() -> {
                    PayrollSettings settings = read.get();
                    AutoEnrolment.contributions(uk.supportbudget.service.payroll.RatesLoader.standard().forYear(TaxYear.containing(session.today())),
                            PayFrequency.MONTHLY, Money.ZERO, settings.pensionEmployeeRate(), settings.pensionEmployerRate(), settings.pensionRelief());
                });
                return ValidationResult.fromErrorIf(c, problem.orElse(""), problem.isPresent());
            });
        }
        Button save = new Button(I18n.tr("payroll.settings.save"));
        save.setId("payroll-settings-save");
        save.disableProperty().bind(validation.invalidProperty());
        save.setOnAction(event -> {
            Optional<String> problem = PayslipCheckModel.problem(read::get);
            if (problem.isPresent()) {
                session.dialogs().showError(I18n.tr("payroll.settings.title"), problem.get());
                return;
            }
            PayrollSettings settings = read.get();
            session.tasks().run(I18n.tr("task.payroll.settings"), () -> {
                payroll().saveSettings(settings);
                return settings;
            }, saved -> load(null));
        });
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(I18n.tr("payroll.settings.frequency")), frequency);
        grid.addRow(row++, new Label(I18n.tr("payroll.settings.payday")), payday);
        grid.add(allowance, 1, row++);
        grid.add(quarterly, 1, row++);
        grid.addRow(row++, new Label(I18n.tr("payroll.settings.scheme")), scheme);
        grid.addRow(row++, new Label(I18n.tr("payroll.settings.employee")), employee);
        grid.addRow(row++, new Label(I18n.tr("payroll.settings.employer")), employer);
        grid.addRow(row++, new Label(I18n.tr("payroll.settings.relief")), relief);
        grid.addRow(row++, new Label(I18n.tr("payroll.settings.dueDay")), dueDay);
        grid.add(save, 1, row);
        return new VBox(8, grid, reEnrolmentForm());
    }

    /** The three-yearly re-enrolment date: the third anniversary unless the employer picks another within three months of it. */
    private VBox reEnrolmentForm() {
        Label current = new Label(I18n.tr("common.loading"));
        current.setId("payroll-re-enrolment-current");
        current.setWrapText(true);
        DatePicker picker = DatePickers.uk(null);
        picker.setId("payroll-re-enrolment-date");
        picker.setAccessibleText(I18n.tr("payroll.reEnrolment.title"));
        Label problem = new Label();
        problem.setId("payroll-re-enrolment-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning-text");
        Runnable refresh = () -> session.tasks().run(I18n.tr("task.payroll.load"), () -> payroll().reEnrolmentDate(session.today()),
                date -> current.setText(date.map(d -> I18n.tr("payroll.reEnrolment.current", d.format(DAY)))
                        .orElse(I18n.tr("payroll.reEnrolment.none"))));
        Button choose = new Button(I18n.tr("payroll.reEnrolment.choose"));
        choose.setId("payroll-re-enrolment-choose");
        choose.setOnAction(event -> {
            java.time.LocalDate chosen = picker.getValue();
            if (chosen == null) {
                problem.setText(I18n.tr("payroll.reEnrolment.dateNeeded"));
                return;
            }
            problem.setText("");
            session.tasks().run(I18n.tr("task.payroll.settings"), () -> {
                payroll().chooseReEnrolmentDate(chosen);
                return chosen;
            }, saved -> refresh.run(), error -> problem.setText(uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
        });
        refresh.run();
        Label title = new Label(I18n.tr("payroll.reEnrolment.title"));
        title.setLabelFor(picker);
        return new VBox(6, title, current, new HBox(8, picker, choose), problem);
    }

    private static int whole(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal("\"" + text.strip() + "\" is not a day of the month for the " + what + "; type a number such as 28.");
        }
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(14);
        return field;
    }

    // ---- check one payslip

    private TitledPane checkPane() {
        PayslipCheckModel check = new PayslipCheckModel(TaxYear.containing(session.today()));
        ValidationSupport validation = new ValidationSupport();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        row = checkField(grid, row, "payroll.check.taxYear", "payroll-check-year", check.taxYear, validation, check::taxYearProblem);
        ComboBox<PayFrequency> frequency = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(PayFrequency.values()));
        frequency.setId("payroll-check-frequency");
        frequency.valueProperty().bindBidirectional(check.frequency);
        grid.addRow(row++, new Label(I18n.tr("payroll.check.frequency")), frequency);
        TextField period = new TextField();
        row = checkField(grid, row, "payroll.check.period", "payroll-check-period", check.period, validation, check::periodProblem, period);
        frequency.valueProperty().addListener((obs, old, value) -> validation.revalidate(period));
        row = checkField(grid, row, "payroll.check.taxCode", "payroll-check-code", check.taxCode, validation, check::taxCodeProblem);
        ComboBox<NiCategory> category = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(NiCategory.values()));
        category.setId("payroll-check-category");
        category.valueProperty().bindBidirectional(check.niCategory);
        grid.addRow(row++, new Label(I18n.tr("payroll.check.category")), category);
        row = checkField(grid, row, "payroll.check.gross", "payroll-check-gross", check.gross, validation, check::grossProblem);
        row = checkField(grid, row, "payroll.check.previousPay", "payroll-check-previous-pay", check.previousTaxablePay, validation, check::previousProblem);
        row = checkField(grid, row, "payroll.check.previousTax", "payroll-check-previous-tax", check.previousTaxPaid, validation, check::previousProblem);
        Label result = new Label();
        result.setId("payroll-check-result");
        result.setWrapText(true);
        Button work = new Button(I18n.tr("payroll.check.work"));
        work.setId("payroll-check-work");
        work.setOnAction(event -> {
            try {
                TaxAndNi figures = check.calculate();
                result.getStyleClass().remove("warning-text");
                result.setText(I18n.tr("payroll.check.result", figures.tax().tax().display(), figures.ni().employee().display(),
                        figures.ni().employer().display()) + "\n" + figures.tax().explanation() + "\n" + figures.ni().explanation());
            } catch (Refusal refusal) {
                result.getStyleClass().add("warning-text");
                result.setText(refusal.getMessage());
            }
        });
        grid.add(work, 1, row);
        Label help = new Label(I18n.tr("payroll.check.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        TitledPane pane = new TitledPane(I18n.tr("payroll.check.title"), new VBox(8, help, grid, result));
        pane.setExpanded(false);
        return pane;
    }

    private static int checkField(GridPane grid, int row, String labelKey, String id, StringProperty property, ValidationSupport validation,
            java.util.function.Supplier<Optional<String>> problem) {
        return checkField(grid, row, labelKey, id, property, validation, problem, new TextField());
    }

    private static int checkField(GridPane grid, int row, String labelKey, String id, StringProperty property, ValidationSupport validation,
            java.util.function.Supplier<Optional<String>> problem, TextField field) {
        field.setId(id);
        field.setPrefColumnCount(14);
        field.textProperty().bindBidirectional(property);
        validation.registerValidator(field, false, (Validator<String>) (control, value) -> {
            Optional<String> sentence = problem.get();
            return ValidationResult.fromErrorIf(control, sentence.orElse(""), sentence.isPresent());
        });
        grid.addRow(row, new Label(I18n.tr(labelKey)), field);
        return row + 1;
    }
}
