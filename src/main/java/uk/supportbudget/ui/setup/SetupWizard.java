package uk.supportbudget.ui.setup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.service.AppSettings;
import uk.supportbudget.service.SetupService;
import uk.supportbudget.service.StaffService;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.Converters;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.common.FieldRules;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.importing.ImportDialog;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.staff.StaffFormModel;

/**
 * The first-run guided setup, shown in the page area: who the book is for and where it is kept
 * (this makes the book), the council and its return profile, the plan year and its funding, the
 * accounts (with a first statement import), and staff. Each step says why it matters, can be
 * skipped, and is saved whole in the background before moving on; the book remembers the step,
 * so closing the app part-way continues there next time.
 */
public final class SetupWizard extends VBox {

    /** What the wizard needs from the window. */
    public interface Host {
        /** Makes and opens the book from the first step's answers, then calls {@code created} with its session. */
        void createBook(SetupWizardModel model, Consumer<BookSession> created, Runnable failed);

        /** Setup finished or put aside: show the book. */
        void finished();

        /** Opens the Staff page to add a PA there. */
        void openStaffPage();
    }

    private final SetupWizardModel model;
    private final Host host;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private BookSession session;
    private final VBox body = new VBox(14);
    private final Label problem = new Label();
    private final VBox stepList = new VBox(6);
    private final Button back = new Button(I18n.tr("setup.back"));
    private final Button skip = new Button(I18n.tr("setup.skip"));
    private final Button next = new Button(I18n.tr("setup.next"));
    private final List<CouncilProfile> profiles = new ArrayList<>();
    private boolean working;
    /** The field a step starts in, so typing goes straight into it. */
    private Node firstField;

    /** The wizard from the start: no book yet. */
    public SetupWizard(SetupWizardModel model, BackgroundTasks tasks, DialogService dialogs, Host host) {
        this(model, tasks, dialogs, null, host);
    }

    /** The wizard for a book part-way through setup. */
    public SetupWizard(SetupWizardModel model, BookSession session, Host host) {
        this(model, session.tasks(), session.dialogs(), session, host);
    }

    private SetupWizard(SetupWizardModel model, BackgroundTasks tasks, DialogService dialogs, BookSession session, Host host) {
        this.model = model;
        this.host = host;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.session = session;
        setId("setup-wizard");
        getStyleClass().addAll("page", "setup-wizard");

        stepList.getStyleClass().add("setup-steps");
        stepList.setMinWidth(210);
        problem.setId("setup-problem");
        problem.getStyleClass().add("setup-problem");
        problem.setWrapText(true);
        back.setId("setup-back");
        skip.setId("setup-skip");
        next.setId("setup-next");
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        back.setOnAction(e -> {
            model.back();
        });
        skip.setOnAction(e -> skip());
        next.setOnAction(e -> saveAndContinue());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, back, spacer, skip, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox main = new VBox(16, body, problem);
        main.setMaxWidth(720);
        // the list of steps beside the step, or above it in a narrow window or at large text sizes
        javafx.scene.layout.Pane layout = uk.supportbudget.ui.common.Reflow.sideBySide(32, stepList, main);
        layout.setPadding(new Insets(24));
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(layout);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("page-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        // the buttons stay in view below a long step, so moving on never needs scrolling
        buttons.setPadding(new Insets(10, 24, 14, 24));
        buttons.getStyleClass().add("setup-buttons");
        getChildren().addAll(scroller, buttons);

        // Enter moves on from anywhere in a step, as it does from a text field: a radio button or check
        // box would otherwise swallow it and leave a keyboard user wondering why nothing happened
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && !event.isShortcutDown()
                    && (event.getTarget() instanceof javafx.scene.control.ToggleButton
                    || event.getTarget() instanceof javafx.scene.control.CheckBox) && !next.isDisabled()) {
                event.consume();
                next.fire();
            }
        });
        model.step.addListener((o, was, now) -> showStep());
        // the suggested file follows the name until the person chooses a place of their own
        model.name.addListener((o, was, now) -> {
            Path current = model.place.get();
            if (current == null || current.getFileName().toString().equals(SetupWizardModel.fileNameFor(was))) {
                model.place.set(AppSettings.defaultBooksFolder().resolve(model.suggestedFileName()));
            }
        });
        tasks.run(I18n.tr("task.settings"), () -> new ArrayList<>(CouncilProfiles.standard().all().values()), loaded -> {
            profiles.addAll(loaded);
            if (model.step.get() == SetupWizardModel.Step.COUNCIL) {
                showStep();
            }
        });
        showStep();
    }

    // ---- moving between steps -------------------------------------------------------------

    private void showStep() {
        problem.setText("");
        stepList.getChildren().clear();
        Label heading = new Label(I18n.tr("setup.title"));
        heading.getStyleClass().add("title-4");
        stepList.getChildren().add(heading);
        for (SetupWizardModel.Step step : SetupWizardModel.Step.values()) {
            boolean current = step == model.step.get();
            Label label = new Label(I18n.tr("setup.stepLine", step.ordinal() + 1, stepName(step))
                    + (current ? "  \u25C0" : ""));
            label.getStyleClass().add(current ? "setup-step-current" : "setup-step");
            stepList.getChildren().add(label);
        }
        SetupWizardModel.Step step = model.step.get();
        Label position = new Label(I18n.tr("setup.position", model.position(), model.count()));
        position.getStyleClass().add("text-muted");
        Label title = new Label(stepName(step));
        title.setId("setup-step-title");
        title.getStyleClass().add("title-2");
        Label why = new Label(switch (step) {
            case WHO -> I18n.tr("setup.who.why");
            case COUNCIL -> I18n.tr("setup.council.why");
            case PLAN -> I18n.tr("setup.plan.why");
            case ACCOUNTS -> I18n.tr("setup.accounts.why");
            case STAFF -> I18n.tr("setup.staff.why");
        });
        why.setWrapText(true);
        why.getStyleClass().add("setup-why");
        Node form = switch (step) {
            case WHO -> whoForm();
            case COUNCIL -> councilForm();
            case PLAN -> planForm();
            case ACCOUNTS -> accountsForm();
            case STAFF -> staffForm();
        };
        body.getChildren().setAll(new VBox(4, position, title), why, form);
        Node focus = firstField;
        javafx.application.Platform.runLater(() -> {
            if (focus != null) {
                focus.requestFocus();
            }
        });
        back.setDisable(model.step.get().ordinal() <= 1 || session == null);
        back.setVisible(!model.isFirst());
        skip.setVisible(!model.isFirst());
        next.setText(model.isFirst() ? I18n.tr("setup.create") : model.isLast() ? I18n.tr("setup.finish") : I18n.tr("setup.next"));
    }

    private static String stepName(SetupWizardModel.Step step) {
        return switch (step) {
            case WHO -> I18n.tr("setup.who.title");
            case COUNCIL -> I18n.tr("setup.council.title");
            case PLAN -> I18n.tr("setup.plan.title");
            case ACCOUNTS -> I18n.tr("setup.accounts.title");
            case STAFF -> I18n.tr("setup.staff.title");
        };
    }

    /** Skipping saves nothing but the place to continue from. */
    private void skip() {
        SetupService.Step after = model.afterCurrent();
        save(() -> {
            new SetupService(session.book()).moveTo(after);
            return null;
        }, this::moveOn);
    }

    private void moveOn() {
        if (model.isLast()) {
            host.finished();
        } else {
            model.advance();
        }
    }

    private void saveAndContinue() {
        if (working) {
            return;
        }
        SetupWizardModel.Step step = model.step.get();
        try {
            switch (step) {
                case WHO -> createBook();
                case COUNCIL -> {
                    model.councilProblem().ifPresent(this::refuse);
                    String name = model.councilName.get();
                    String profile = model.profileId.get();
                    String reference = model.reference.get();
                    save(() -> {
                        new SetupService(session.book()).saveCouncil(name, profile, reference);
                        return null;
                    }, this::moveOn);
                }
                case PLAN -> {
                    model.planProblem().ifPresent(this::refuse);
                    var year = model.planYear();
                    List<FundingComponent> funding = model.fundingList();
                    save(() -> {
                        new SetupService(session.book()).savePlan(year, funding);
                        return null;
                    }, this::moveOn);
                }
                case ACCOUNTS -> {
                    if (!model.accountName.get().isBlank()) {
                        addAccount(this::skip);
                    } else {
                        skip();
                    }
                }
                case STAFF -> {
                    Runnable finish = () -> save(() -> {
                        new SetupService(session.book()).finish();
                        return null;
                    }, host::finished);
                    if (model.paStarted()) {
                        addPa(finish);
                    } else {
                        finish.run();
                    }
                }
            }
        } catch (Refusal refusal) {
            problem.setText(refusal.getMessage());
        }
    }

    private void refuse(String sentence) {
        throw new Refusal(sentence);
    }

    private void createBook() {
        model.whoProblem().ifPresent(this::refuse);
        working = true;
        host.createBook(model, created -> {
            working = false;
            session = created;
            model.advance();
        }, () -> working = false);
    }

    /** Saves in the background; the step moves on only once the save succeeded. */
    private void save(Supplier<Void> work, Runnable then) {
        working = true;
        next.setDisable(true);
        skip.setDisable(true);
        tasks.run(I18n.tr("setup.saving"), work, ignored -> {
            working = false;
            next.setDisable(false);
            skip.setDisable(false);
            then.run();
        }, error -> {
            working = false;
            next.setDisable(false);
            skip.setDisable(false);
            problem.setText(BackgroundTasks.describe(error));
        });
    }

    // ---- the forms ------------------------------------------------------------------------

    private Node whoForm() {
        TextField name = text("setup-name", model.name);
        firstField = name;
        org.controlsfx.validation.ValidationSupport validation = new org.controlsfx.validation.ValidationSupport();
        validation.registerValidator(name, false, FieldRules.required("setup.who.nameMissing"));
        DatePicker born = FieldRules.datePicker(model.dateOfBirth.get(), "setup-born");
        born.valueProperty().bindBidirectional(model.dateOfBirth);
        ToggleGroup roles = new ToggleGroup();
        VBox roleBox = new VBox(6);
        for (SetupService.Role role : SetupService.Role.values()) {
            RadioButton option = new RadioButton(switch (role) {
                case PERSON -> I18n.tr("setup.who.rolePerson");
                case CARER -> I18n.tr("setup.who.roleCarer");
                case BROKER -> I18n.tr("setup.who.roleBroker");
            });
            option.setId("setup-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            option.setToggleGroup(roles);
            option.setUserData(role);
            option.setSelected(model.role.get() == role);
            roleBox.getChildren().add(option);
        }
        roles.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.role.set((SetupService.Role) now.getUserData());
            }
        });
        TextField keptBy = text("setup-kept-by", model.keptBy);
        Label keptByLabel = new Label(I18n.tr("setup.who.keptBy"));
        keptBy.disableProperty().bind(model.role.isEqualTo(SetupService.Role.PERSON));
        keptByLabel.disableProperty().bind(keptBy.disableProperty());
        Label place = new Label();
        place.setId("setup-place");
        place.setWrapText(true);
        place.textProperty().bind(Bindings.createStringBinding(() -> model.place.get() == null
                ? I18n.tr("setup.who.noPlace") : model.place.get().toString(), model.place));
        Button choose = new Button(I18n.tr("setup.who.choosePlace"));
        choose.setId("setup-choose-place");
        choose.setOnAction(e -> dialogs.chooseNewBook(AppSettings.defaultBooksFolder(), model.suggestedFileName())
                .map(uk.supportbudget.service.BookService::withExtension).ifPresent(model.place::set));
        GridPane grid = form();
        row(grid, 0, "setup.who.name", name);
        row(grid, 1, "setup.who.born", born);
        row(grid, 2, "setup.who.role", roleBox);
        grid.addRow(3, keptByLabel, keptBy);
        row(grid, 4, "setup.who.place", new VBox(6, place, choose));
        return grid;
    }

    private Node councilForm() {
        TextField council = text("setup-council", model.councilName);
        ComboBox<CouncilProfile> profile = new ComboBox<>();
        profile.setId("setup-profile");
        profile.getItems().add(null);
        profile.getItems().addAll(profiles);
        profile.setConverter(Converters.showing(p -> p == null ? I18n.tr("setup.council.notSure")
                : p.name() + " \u2014 " + p.frequency().label().toLowerCase(java.util.Locale.UK)
                + ", " + I18n.tr("setup.council.dueDays", p.dueDays())));
        profile.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CouncilProfile item, boolean empty) {
                super.updateItem(item, empty);
                setText(profile.getConverter().toString(item));
            }
        });
        profile.setValue(profiles.stream().filter(p -> p.id().equals(model.profileId.get())).findFirst().orElse(null));
        profile.valueProperty().addListener((o, was, now) -> {
            model.profileId.set(now == null ? "" : now.id());
            if (now != null && model.councilName.get().isBlank()) {
                model.councilName.set(now.councilName());
            }
        });
        profile.setMaxWidth(Double.MAX_VALUE);
        firstField = profile;
        TextField reference = text("setup-reference", model.reference);
        Label profileHelp = new Label(I18n.tr("setup.council.profileHelp"));
        profileHelp.setWrapText(true);
        profileHelp.getStyleClass().add("text-muted");
        GridPane grid = form();
        row(grid, 0, "setup.council.profile", new VBox(4, profile, profileHelp));
        row(grid, 1, "setup.council.name", council);
        row(grid, 2, "setup.council.reference", reference);
        return grid;
    }

    private Node planForm() {
        DatePicker start = FieldRules.datePicker(model.planStart.get(), "setup-plan-start");
        start.valueProperty().bindBidirectional(model.planStart);
        firstField = start;
        DatePicker end = FieldRules.datePicker(model.planEnd.get(), "setup-plan-end");
        end.valueProperty().bindBidirectional(model.planEnd);
        ComboBox<Funder> funder = combo("setup-funder", Funder.values(), model.funder);
        funder.setConverter(Converters.showing(f -> f == null ? "" : f.label()));
        TextField funderName = text("setup-funder-name", model.funderName);
        funderName.setPromptText(I18n.tr("setup.plan.funderNamePrompt"));
        ComboBox<ManagementMode> mode = combo("setup-mode", ManagementMode.values(), model.mode);
        TextField amount = text("setup-amount", model.amount);
        org.controlsfx.validation.ValidationSupport validation = new org.controlsfx.validation.ValidationSupport();
        validation.registerValidator(amount, false, (javafx.scene.control.Control c, String t) ->
                org.controlsfx.validation.ValidationResult.fromErrorIf(c, FieldRules.amountProblem(t, false).orElse(""),
                        t != null && !t.isBlank() && FieldRules.amountProblem(t, false).isPresent()));
        amount.setPromptText("1250.00");
        ComboBox<Cycle> cycle = combo("setup-cycle", Cycle.values(), model.cycle);
        DatePicker first = FieldRules.datePicker(model.firstPayment.get(), "setup-first-payment");
        first.valueProperty().bindBidirectional(model.firstPayment);
        ListView<FundingComponent> list = addedList("setup-funding-list", model.funding, I18n.tr("setup.plan.noneYet"),
                item -> I18n.tr("setup.plan.component", item.funderName(), item.amount().display(),
                        item.cycle().label().toLowerCase(java.util.Locale.UK),
                        item.managementMode().toString().toLowerCase(java.util.Locale.UK)));
        Button add = new Button(I18n.tr("setup.plan.add"));
        add.setId("setup-add-funding");
        add.setOnAction(e -> problem.setText(model.addFunding().orElse("")));
        Button remove = new Button(I18n.tr("setup.plan.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.funding.remove(list.getSelectionModel().getSelectedItem()));
        GridPane grid = form();
        row(grid, 0, "setup.plan.start", start);
        row(grid, 1, "setup.plan.end", end);
        Label fundingHeading = new Label(I18n.tr("setup.plan.funding"));
        fundingHeading.getStyleClass().add("title-4");
        grid.add(fundingHeading, 0, 2, 2, 1);
        row(grid, 3, "setup.plan.funder", new HBox(8, funder, funderName));
        row(grid, 4, "setup.plan.mode", mode);
        row(grid, 5, "setup.plan.amount", new HBox(8, amount, cycle));
        row(grid, 6, "setup.plan.first", first);
        grid.add(new HBox(8, add, remove), 1, 7);
        grid.add(list, 1, 8);
        return grid;
    }

    private Node accountsForm() {
        TextField name = text("setup-account-name", model.accountName);
        firstField = name;
        name.setPromptText(I18n.tr("setup.accounts.namePrompt"));
        ComboBox<AccountKind> kind = combo("setup-account-kind", AccountKind.values(), model.accountKind);
        TextField balance = text("setup-opening-balance", model.openingBalance);
        org.controlsfx.validation.ValidationSupport validation = new org.controlsfx.validation.ValidationSupport();
        validation.registerValidator(balance, false, FieldRules.amount(true));
        DatePicker on = FieldRules.datePicker(model.openingOn.get(), "setup-opening-on");
        on.valueProperty().bindBidirectional(model.openingOn);
        ListView<Account> list = addedList("setup-account-list", model.accounts, I18n.tr("setup.accounts.noneYet"),
                item -> I18n.tr("setup.accounts.line", item.name(), item.kind().label(), item.openingBalance().display()));
        if (model.accounts.isEmpty() && session != null) {
            tasks.run(I18n.tr("setup.saving"), () -> new SetupService(session.book()).state().accounts(),
                    saved -> model.accounts.setAll(saved));
        }
        Button add = new Button(I18n.tr("setup.accounts.add"));
        add.setId("setup-add-account");
        add.setOnAction(e -> addAccount(() -> { }));
        Button importStatement = new Button(I18n.tr("setup.accounts.import"));
        importStatement.setId("setup-import");
        importStatement.disableProperty().bind(Bindings.isEmpty(model.accounts));
        importStatement.setOnAction(e -> new ImportDialog(session, result -> { }).show());
        GridPane grid = form();
        row(grid, 0, "setup.accounts.name", name);
        row(grid, 1, "setup.accounts.kind", kind);
        row(grid, 2, "setup.accounts.balance", balance);
        row(grid, 3, "setup.accounts.on", on);
        grid.add(add, 1, 4);
        grid.add(list, 1, 5);
        Label importHelp = new Label(I18n.tr("setup.accounts.importHelp"));
        importHelp.setWrapText(true);
        importHelp.getStyleClass().add("text-muted");
        grid.add(new VBox(6, importStatement, importHelp), 1, 6);
        return grid;
    }

    /** Saves the typed account at once (an account is whole on its own), then {@code then}. */
    /** Saves what the user typed on a step in the background; the step moves on once it is saved, or says why not. */
    private <T> void saveTyped(String description, Supplier<T> work, Consumer<T> saved, Runnable then) {
        working = true;
        tasks.run(description, work, result -> {
            working = false;
            saved.accept(result);
            problem.setText("");
            then.run();
        }, error -> {
            working = false;
            problem.setText(BackgroundTasks.describe(error));
        });
    }

    private void addAccount(Runnable then) {
        try {
            Account typed = model.accountTyped();
            saveTyped(I18n.tr("setup.saving"), () -> new SetupService(session.book()).addAccount(typed), model::accountSaved, then);
        } catch (Refusal refusal) {
            problem.setText(refusal.getMessage());
        }
    }

    /**
     * The PAs, with what the Staff page needs at the least: name, date of birth (for the minimum wage),
     * start, hourly rate, usual hours and how often they are paid. Each is saved as it is added;
     * tax code, NI number, bank and DBS details wait for the Staff page.
     */
    private Node staffForm() {
        StaffFormModel pa = model.pa;
        TextField name = text("setup-pa-name", pa.fullName);
        firstField = name;
        DatePicker born = FieldRules.datePicker(pa.dateOfBirth.get(), "setup-pa-born");
        born.valueProperty().bindBidirectional(pa.dateOfBirth);
        DatePicker starts = FieldRules.datePicker(pa.startDate.get(), "setup-pa-start");
        starts.valueProperty().bindBidirectional(pa.startDate);
        TextField rate = text("setup-pa-rate", pa.dayRate);
        rate.setPromptText("12.71");
        TextField hours = text("setup-pa-hours", pa.hoursPerWeek);
        hours.setPromptText("20");
        ComboBox<uk.supportbudget.domain.money.PayFrequency> paid = combo("setup-pa-frequency",
                uk.supportbudget.domain.money.PayFrequency.values(), pa.payFrequency);
        org.controlsfx.validation.ValidationSupport validation = new org.controlsfx.validation.ValidationSupport();
        validation.registerValidator(rate, false, (javafx.scene.control.Control c, String t) -> {
            java.util.Optional<String> wrong = t == null || t.isBlank() ? java.util.Optional.empty() : pa.rateProblem(pa.dayRate, false);
            return org.controlsfx.validation.ValidationResult.fromErrorIf(c, wrong.orElse(""), wrong.isPresent());
        });
        validation.registerValidator(hours, false, (javafx.scene.control.Control c, String t) -> {
            java.util.Optional<String> wrong = pa.hoursProblem();
            return org.controlsfx.validation.ValidationResult.fromErrorIf(c, wrong.orElse(""), wrong.isPresent());
        });
        pa.dateOfBirth.addListener((o, was, now) -> validation.revalidate());
        ListView<String> list = addedList("setup-staff-list", model.staffAdded, I18n.tr("setup.staff.noneYet"), line -> line);
        if (model.staffAdded.isEmpty() && session != null) {
            tasks.run(I18n.tr("task.staff"), () -> new StaffService(session.book())
                    .overview(session.today()).employees().stream().map(SetupWizard::staffLine).toList(), model.staffAdded::setAll);
        }
        Button add = new Button(I18n.tr("setup.staff.add"));
        add.setId("setup-add-staff");
        add.setOnAction(e -> addPa(() -> { }));
        Label next = new Label(I18n.tr("setup.staff.text"));
        next.setId("setup-staff-next-steps");
        next.setWrapText(true);
        Button staffPage = new Button(I18n.tr("setup.staff.staffPage"));
        staffPage.setId("setup-staff-page");
        staffPage.setOnAction(e -> host.openStaffPage());
        Label later = new Label(I18n.tr("setup.staff.later"));
        later.setWrapText(true);
        later.getStyleClass().add("text-muted");
        GridPane grid = form();
        row(grid, 0, "staff.field.name", name);
        row(grid, 1, "setup.staff.born", born);
        row(grid, 2, "staff.field.startDate", starts);
        row(grid, 3, "setup.staff.rate", rate);
        row(grid, 4, "staff.field.hours", hours);
        row(grid, 5, "staff.field.payFrequency", paid);
        grid.add(add, 1, 6);
        grid.add(list, 1, 7);
        return new VBox(14, grid, next, staffPage, later);
    }

    private static String staffLine(StaffService.StaffMember member) {
        return member.contract().map(c -> I18n.tr("setup.staff.line", member.employee().fullName(), c.dayRate().display()))
                .orElse(member.employee().fullName());
    }

    /** Saves the typed PA and their terms at once, through the Staff page's service, then {@code then}. */
    private void addPa(Runnable then) {
        try {
            SetupWizardModel.NewPa typed = model.paTyped();
            saveTyped(I18n.tr("task.staff.save"), () -> new StaffService(session.book()).addEmployee(typed.employee(), typed.contract()),
                    saved -> model.paSaved(staffLine(saved)), then);
        } catch (Refusal refusal) {
            problem.setText(refusal.getMessage());
        }
    }

    // ---- small builders -------------------------------------------------------------------

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(22);
        return field;
    }

    /** What a step has added so far (funding components, accounts), one line each. */
    private static <T> ListView<T> addedList(String id, javafx.collections.ObservableList<T> items, String placeholder,
                                             java.util.function.Function<T, String> line) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(85);
        list.setPlaceholder(new Label(placeholder));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : line.apply(item));
            }
        });
        return list;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, javafx.beans.property.ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        return grid;
    }

    private static void row(GridPane grid, int row, String labelKey, Node field) {
        Label label = new Label(I18n.tr(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(170);
        label.setMaxWidth(200);
        label.setWrapText(true);
        grid.addRow(row, label, field);
        if (field instanceof javafx.scene.control.Control control) {
            control.setAccessibleText(label.getText());
        }
    }
}
