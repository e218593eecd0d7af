package uk.supportbudget.ui.returns;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.returns.CategoryTotal;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnChecks;
import uk.supportbudget.domain.returns.ReturnFigures;
import uk.supportbudget.service.AppSettings;
import uk.supportbudget.service.Documents;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.ReturnRepository;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.Reflow;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The council return, step by step: choose the period (suggested from the council's profile),
 * see what to put right, preview the figures, make the PDF, and mark it as submitted. Below, every
 * return kept in the book with how it stands.
 */
public final class ReturnsView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What the page needs when it opens. */
    private record Loaded(CouncilProfile profile, String problem, List<ReturnService.SuggestedPeriod> periods,
                          List<Funder> funders, List<ReturnService.HistoryRow> history, String personName) {
    }

    private final BookSession session;
    private final ReturnsViewModel model = new ReturnsViewModel();
    private final VBox checks = new VBox(6);
    private final VBox preview = new VBox(10);
    private final Button makePdf = new Button(I18n.tr("returns.makePdf"));
    private final Button submit = new Button(I18n.tr("returns.submit"));
    private final TableView<ReturnService.HistoryRow> history = new TableView<>(model.history);
    private String personName = "";

    public ReturnsView(BookSession session) {
        this.session = session;
        setId("page-returns");
        getStyleClass().add("page");
        setSpacing(18);
        setPadding(new Insets(24));
        Label title = new Label(I18n.tr("returns.title"));
        title.getStyleClass().add("title-2");
        getChildren().add(title);
        session.tasks().run(I18n.tr("task.returns"), this::load, this::show);
    }

    private ReturnService service() {
        return new ReturnService(session.book(), CouncilProfiles.standard());
    }

    private Loaded load() {
        ReturnService service = service();
        BookInfoRepository.BookInfo info = new BookInfoRepository(session.book()).get();
        List<Funder> funders = new PlanRepository(session.book()).planFor(session.today())
                .map(p -> p.funding().stream().map(FundingComponent::funder).distinct().toList()).orElse(List.of());
        List<ReturnService.HistoryRow> rows = service.history();
        if (info.councilProfile().isBlank()) {
            return new Loaded(null, I18n.tr("returns.noProfile"), List.of(), funders, rows, info.personName());
        }
        try {
            CouncilProfile profile = service.profiles().find(info.councilProfile());
            return new Loaded(profile, null, service.suggestedPeriods(profile, session.today()), funders, rows,
                    info.personName());
        } catch (Refusal refusal) {
            return new Loaded(null, refusal.getMessage(), List.of(), funders, rows, info.personName());
        }
    }

    private void show(Loaded loaded) {
        personName = loaded.personName();
        Label title = (Label) getChildren().get(0);
        if (loaded.profile() == null) {
            Label problem = new Label(loaded.problem());
            problem.setWrapText(true);
            problem.setId("returns-problem");
            problem.getStyleClass().add("warning-text");
            getChildren().setAll(title, problem, historySection());
            model.history.setAll(loaded.history());
            return;
        }
        model.profileName.set(loaded.profile().name());
        model.periods.setAll(loaded.periods());
        model.history.setAll(loaded.history());
        Optional<ReturnService.SuggestedPeriod> suggested = ReturnsViewModel.suggest(loaded.periods(), session.today(),
                loaded.history());
        Label intro = new Label(suggested.map(s -> I18n.tr(s.due().isBefore(session.today()) ? "returns.introOverdue"
                        : "returns.intro", loaded.profile().name(),
                        loaded.profile().frequency().label().toLowerCase(Locale.UK), s.due().format(DAY),
                        ReturnsViewModel.periodText(s.period())))
                .orElse(I18n.tr("returns.introNoPlan", loaded.profile().name())));
        intro.setWrapText(true);
        intro.setId("returns-intro");
        intro.getStyleClass().add("text-muted");
        getChildren().setAll(title, intro, periodSection(loaded, suggested), checks, preview, actions(), historySection());
        if (suggested.isPresent()) {
            check();
        }
    }

    private VBox periodSection(Loaded loaded, Optional<ReturnService.SuggestedPeriod> suggested) {
        ComboBox<ReturnService.SuggestedPeriod> periods = new ComboBox<>(model.periods);
        periods.setId("returns-period");
        periods.setPromptText(I18n.tr("returns.choosePeriod"));
        periods.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReturnService.SuggestedPeriod period) {
                return period == null ? "" : ReturnsViewModel.periodText(period);
            }

            @Override
            public ReturnService.SuggestedPeriod fromString(String text) {
                return null;
            }
        });
        DatePicker from = ukDatePicker("returns-from");
        DatePicker to = ukDatePicker("returns-to");
        from.valueProperty().bindBidirectional(model.from);
        to.valueProperty().bindBidirectional(model.to);
        periods.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.from.set(now.period().from());
                model.to.set(now.period().to());
            }
        });
        suggested.ifPresent(periods::setValue);

        List<Funder> funderChoices = new ArrayList<>();
        funderChoices.add(null);
        funderChoices.addAll(loaded.funders());
        ComboBox<Funder> funder = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(funderChoices));
        funder.setId("returns-funder");
        funder.setButtonCell(funderCell());
        funder.setCellFactory(list -> funderCell());
        funder.getSelectionModel().selectFirst();
        model.funder.bind(funder.valueProperty());

        Button check = new Button(I18n.tr("returns.check"), new FontIcon(Material2AL.FACT_CHECK));
        check.setId("returns-check");
        check.setDefaultButton(true);
        check.setOnAction(event -> check());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Label periodLabel = new Label(I18n.tr("returns.periodLabel"));
        periodLabel.setLabelFor(periods);
        grid.addRow(0, periodLabel, periods);
        FlowPane dates = Reflow.row(8, from, new Label(I18n.tr("returns.toWord")), to);
        Label fromTo = new Label(I18n.tr("returns.fromTo"));
        fromTo.setLabelFor(from);
        from.setAccessibleText(I18n.tr("returns.fromTo"));
        to.setAccessibleText(I18n.tr("returns.toWord"));
        grid.addRow(1, fromTo, dates);
        Label covers = new Label(I18n.tr("returns.covers"));
        covers.setLabelFor(funder);
        grid.addRow(2, covers, funder);
        grid.add(check, 1, 3);
        VBox box = section(I18n.tr("returns.step1"));
        box.getChildren().add(grid);
        return box;
    }

    /** Dates as people in England write them, whatever the computer's own setting. */
    private static DatePicker ukDatePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK));
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), typed);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPromptText(I18n.tr("returns.datePrompt"));
        return picker;
    }

    private static ListCell<Funder> funderCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Funder item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : ReturnsViewModel.coversText(item));
            }
        };
    }

    private void check() {
        if (model.from.get() == null || model.to.get() == null) {
            session.dialogs().showError(I18n.tr("error.title"), I18n.tr("returns.needDates"));
            return;
        }
        ReturnService.Request request = model.request();
        checks.getChildren().setAll(new ProgressBar());
        preview.getChildren().clear();
        session.tasks().run(I18n.tr("task.returnCheck"), () -> service().prepare(request), prepared -> {
            model.prepared.set(prepared);
            showChecks(prepared);
            showPreview(prepared.figures());
        }, error -> {
            checks.getChildren().clear();
            session.dialogs().showError(I18n.tr("error.title"), BackgroundTasks.describe(error));
        });
    }

    private void showChecks(ReturnService.Prepared prepared) {
        VBox box = section(I18n.tr("returns.step2"));
        box.setId("returns-checks");
        if (prepared.findings().isEmpty()) {
            box.getChildren().add(line(Material2AL.CHECK_CIRCLE, "returns-ok", I18n.tr("returns.allGood")));
        }
        for (ReturnChecks.Finding finding : prepared.findings()) {
            boolean blocks = finding.severity() == ReturnChecks.Severity.BLOCK;
            HBox row = line(blocks ? Material2AL.ERROR : Material2MZ.WARNING, blocks ? "returns-block" : "returns-warn",
                    ReturnsViewModel.findingText(finding));
            box.getChildren().add(row);
        }
        if (prepared.blocked()) {
            Label why = new Label(I18n.tr("returns.blockedNote"));
            why.setWrapText(true);
            why.getStyleClass().add("text-muted");
            box.getChildren().add(why);
        }
        checks.getChildren().setAll(box);
        makePdf.setDisable(false);
        submit.setDisable(prepared.blocked());
    }

    private static HBox line(org.kordamp.ikonli.Ikon icon, String style, String text) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add(style);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(ThemeManager.scaled(760));
        HBox row = new HBox(8, glyph, label);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("returns-check-line");
        return row;
    }

    private void showPreview(ReturnFigures figures) {
        VBox box = section(I18n.tr("returns.step3", ReturnsViewModel.periodText(figures.period())));
        box.setId("returns-preview");
        FlowPane cards = new FlowPane(12, 12);
        cards.getChildren().addAll(card("returns-opening", I18n.tr("returns.opening"), figures.opening()),
                card("returns-in", I18n.tr("returns.in"), figures.moneyIn()),
                card("returns-out", I18n.tr("returns.out"), figures.moneyOut()),
                card("returns-closing", I18n.tr("returns.closing"), figures.closing()));
        GridPane sums = grid();
        int row = 0;
        row = sum(sums, row, I18n.tr("returns.bank"), figures.bankBalance().display());
        row = sum(sums, row, I18n.tr("returns.difference"), figures.difference().display());
        row = sum(sums, row, I18n.tr("returns.weeksHeld"), I18n.tr("returns.weeks", figures.weeksHeld().toPlainString(),
                figures.grossWeekly().display()));
        row = sum(sums, row, I18n.tr("returns.commitments"), figures.commitments().total().display());
        row = sum(sums, row, I18n.tr("returns.surplus"), figures.surplus().display());
        sum(sums, row, I18n.tr("returns.reclaimable", figures.surplusWeeks()), figures.reclaimable().display());
        Label byCategory = new Label(I18n.tr("returns.byCategory"));
        byCategory.getStyleClass().add("title-4");
        GridPane categories = grid();
        row = 0;
        for (CategoryTotal total : figures.moneyOutByCategory()) {
            row = sum(categories, row, total.label(), total.total().display());
        }
        if (figures.moneyOutByCategory().isEmpty()) {
            categories.add(new Label(I18n.tr("returns.nothingOut")), 0, 0);
        }
        box.getChildren().addAll(cards, sums, byCategory, categories);
        preview.getChildren().setAll(box);
    }

    private static VBox card(String id, String caption, Money amount) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("card-caption");
        Label figure = new Label(amount.display());
        figure.getStyleClass().add("returns-figure");
        figure.setId(id);
        VBox card = new VBox(4, captionLabel, figure);
        card.getStyleClass().add("dashboard-card");
        card.setPrefWidth(ThemeManager.scaled(190));
        card.setAccessibleText(caption + ": " + amount.display());
        return card;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        // the caption wraps (never narrower than its longest word); the amount keeps its width
        ColumnConstraints first = new ColumnConstraints();
        first.setPrefWidth(ThemeManager.scaled(380));
        first.setHgrow(javafx.scene.layout.Priority.SOMETIMES);
        ColumnConstraints second = new ColumnConstraints();
        second.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        second.setHalignment(javafx.geometry.HPos.RIGHT);
        grid.getColumnConstraints().addAll(first, second);
        return grid;
    }

    private static int sum(GridPane grid, int row, String caption, String value) {
        Label amount = new Label(value);
        amount.getStyleClass().add("money");
        grid.addRow(row, uk.supportbudget.ui.common.Glossary.explainIfKnown(new Label(caption)), amount);
        return row + 1;
    }

    private Node actions() {
        makePdf.setId("returns-make-pdf");
        makePdf.setGraphic(new FontIcon(Material2MZ.PICTURE_AS_PDF));
        makePdf.setDisable(true);
        makePdf.setOnAction(event -> makePdf());
        submit.setId("returns-submit");
        submit.setGraphic(new FontIcon(Material2AL.LOCK));
        submit.setDisable(true);
        submit.setOnAction(event -> submit());
        Label help = new Label(I18n.tr("returns.submitHelp"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        VBox box = section(I18n.tr("returns.step4"));
        FlowPane buttons = Reflow.row(12, makePdf, submit);
        box.getChildren().addAll(buttons, help);
        return box;
    }

    private void makePdf() {
        ReturnService.Prepared prepared = model.prepared.get();
        if (prepared == null) {
            return;
        }
        String name = I18n.tr("returns.fileName", personName, prepared.figures().period().from().toString(),
                prepared.figures().period().to().toString());
        Optional<Path> target = session.dialogs().choosePdfToSave(AppSettings.defaultBooksFolder(), name);
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        running();
        session.tasks().runCancellable(I18n.tr("task.returnPdf"), I18n.tr("task.pdfCancelled"), work -> {
            ReturnService.checkWritable(out);
            Progress drawing = work.stage(0, 0.9);
            byte[] pdf = service().render(prepared, session.today(), done -> {
                drawing.checkCancelled(); // Cancel stops before anything is written
                drawing.fraction(done);
            });
            Documents.write(pdf, out, work.stage(0.9, 1.0));
            return pdf;
        }, pdf -> {
            idle();
            model.pdf.set(pdf);
            if (!session.dialogs().openWithSystem(out)) {
                session.dialogs().showInfo(I18n.tr("returns.savedTitle"), I18n.tr("returns.saved", out));
            }
        }, this::failed);
    }

    private void submit() {
        ReturnService.Prepared prepared = model.prepared.get();
        if (prepared == null || !session.dialogs().confirm(I18n.tr("returns.submitTitle"),
                I18n.tr("returns.submitText", ReturnsViewModel.periodText(prepared.figures().period())),
                I18n.tr("returns.submitDoIt"))) {
            return;
        }
        byte[] made = model.pdf.get();
        running();
        session.tasks().runCancellable(I18n.tr("task.returnSubmit"), I18n.tr("returns.submitCancelled"), work -> {
            ReturnService service = service();
            byte[] pdf = made != null ? made : service.render(prepared, session.today(), work.stage(0, 0.9)::fraction);
            work.noLongerCancellable(); // keeping the return in the book is one quick transaction
            service.submit(prepared, pdf);
            return service.history();
        }, rows -> {
            idle();
            model.history.setAll(rows);
            submit.setDisable(true);
            session.dialogs().showInfo(I18n.tr("returns.submittedTitle"), I18n.tr("returns.submittedText"));
        }, this::failed);
    }

    /** While the PDF is made its progress and Cancel are in the status bar, like all work. */
    private void running() {
        makePdf.setDisable(true);
        submit.setDisable(true);
    }

    private void idle() {
        makePdf.setDisable(false);
        ReturnService.Prepared prepared = model.prepared.get();
        submit.setDisable(prepared == null || prepared.blocked());
    }

    private void failed(Throwable error) {
        idle();
        if (BackgroundTasks.wasCancelled(error)) {
            return; // the status bar says so
        }
        session.dialogs().showError(I18n.tr("error.title"), BackgroundTasks.describe(error));
    }

    private Node historySection() {
        VBox box = section(I18n.tr("returns.history"));
        history.setId("returns-history");
        history.setPlaceholder(new Label(I18n.tr("returns.historyEmpty")));
        history.setPrefHeight(ThemeManager.scaled(200));
        TableColumn<ReturnService.HistoryRow, String> period = new TableColumn<>(I18n.tr("returns.col.period"));
        period.setCellValueFactory(c -> new ReadOnlyStringWrapper(ReturnsViewModel.periodText(c.getValue().stored().period())));
        period.setPrefWidth(ThemeManager.scaled(260));
        TableColumn<ReturnService.HistoryRow, String> covers = new TableColumn<>(I18n.tr("returns.col.covers"));
        covers.setCellValueFactory(c -> new ReadOnlyStringWrapper(ReturnsViewModel.coversText(c.getValue().stored().funder())));
        covers.setPrefWidth(ThemeManager.scaled(200));
        TableColumn<ReturnService.HistoryRow, String> status = new TableColumn<>(I18n.tr("returns.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(ReturnsViewModel.statusText(c.getValue())));
        status.setPrefWidth(ThemeManager.scaled(280));
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("warning-text");
                ReturnService.HistoryRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.changedSinceSubmitted() && row.stored().status() == ReturnRepository.Status.SUBMITTED) {
                    getStyleClass().add("warning-text");
                }
            }
        });
        TableColumn<ReturnService.HistoryRow, ReturnService.HistoryRow> copy = new TableColumn<>(I18n.tr("returns.col.pdf"));
        copy.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        copy.setCellFactory(column -> new TableCell<>() {
            private final Button save = new Button(I18n.tr("returns.saveCopy"));

            @Override
            protected void updateItem(ReturnService.HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                save.setOnAction(event -> saveCopy(row.stored()));
                setGraphic(save);
            }
        });
        copy.setPrefWidth(ThemeManager.scaled(140));
        copy.setMinWidth(ThemeManager.scaled(140)); // the last column takes what is left: keep room for its button
        history.getColumns().setAll(List.of(period, covers, status, copy));
        box.getChildren().add(history);
        return box;
    }

    private void saveCopy(ReturnRepository.StoredReturn stored) {
        Optional<Path> target = session.dialogs().choosePdfToSave(AppSettings.defaultBooksFolder(),
                I18n.tr("returns.fileName", personName, stored.period().from().toString(), stored.period().to().toString()));
        target.ifPresent(out -> session.tasks().run(I18n.tr("task.returnCopy"), () -> {
            byte[] pdf = new ReturnRepository(session.book()).pdf(stored.id()).orElseThrow();
            ReturnService.writePdf(pdf, out);
            return out;
        }, saved -> session.dialogs().showInfo(I18n.tr("returns.savedTitle"), I18n.tr("returns.saved", saved))));
    }

    private static VBox section(String heading) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-3");
        VBox box = new VBox(10, label);
        box.getStyleClass().add("dashboard-section");
        return box;
    }
}
