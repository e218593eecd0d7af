package uk.supportbudget.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.kordamp.ikonli.javafx.FontIcon;

import uk.supportbudget.AppServices;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.DamagedBook;
import uk.supportbudget.store.PassphraseNeeded;
import uk.supportbudget.store.Unlock;
import uk.supportbudget.store.WrongPassphrase;
import uk.supportbudget.service.AppLog;
import uk.supportbudget.service.BookService;
import uk.supportbudget.service.DashboardService;
import uk.supportbudget.service.FirstScreen;
import uk.supportbudget.service.SyncFolderCheck;
import uk.supportbudget.ui.common.AppIcons;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.NoClipping;
import uk.supportbudget.ui.common.TaskProgressBar;
import uk.supportbudget.ui.common.ThemeManager;
import uk.supportbudget.ui.dashboard.DashboardView;
import uk.supportbudget.ui.importing.ImportDialog;
import uk.supportbudget.ui.reconcile.ReconcileDialog;
import uk.supportbudget.ui.welcome.ExampleBanner;
import uk.supportbudget.ui.welcome.WelcomeView;
import uk.supportbudget.ui.broker.BrokerView;
import uk.supportbudget.ui.help.HelpView;
import uk.supportbudget.ui.reminders.OverdueBanner;
import uk.supportbudget.ui.setup.SetupWizard;
import uk.supportbudget.ui.setup.SetupWizardModel;
import uk.supportbudget.service.SetupService;

/**
 * The one window: menus, a navigation rail, the current page and a status bar showing the open
 * book and its last backup. Opening, creating and backing up books all run in the background.
 */
public final class MainWindow {

    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final Stage stage;
    private final AppServices services;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ThemeManager themes;
    private final ObjectProperty<Book> book = new SimpleObjectProperty<>();
    private final StackPane content = new StackPane();
    private final OverdueBanner banner = new OverdueBanner(content);
    private final ExampleBanner exampleBanner = new ExampleBanner(this::startOwnBook, this::closeBook);
    private final VBox rail = new VBox(4);
    private final ToggleGroup navigation = new ToggleGroup();
    private final Label bookLabel = new Label();
    private final Label backupLabel = new Label();
    private final Menu recentMenu = new Menu(I18n.tr("menu.file.recent"));
    private Page currentPage = Page.DASHBOARD;
    private uk.supportbudget.service.LedgerFilter pendingMoneyFilter;
    /** The first book's dashboard, worked out while JavaFX started; shown once. */
    private AppServices.OpenedAhead dashboardAhead;
    private final BookSession.Navigator navigator = new BookSession.Navigator() {
        @Override
        public void showMoney(uk.supportbudget.service.LedgerFilter filter) {
            pendingMoneyFilter = filter;
            selectPage(Page.MONEY);
        }

        @Override
        public Optional<uk.supportbudget.service.LedgerFilter> takeMoneyFilter() {
            Optional<uk.supportbudget.service.LedgerFilter> filter = Optional.ofNullable(pendingMoneyFilter);
            pendingMoneyFilter = null;
            return filter;
        }

        @Override
        public void showPage(Page page) {
            selectPage(page);
        }

        @Override
        public void backUpNow() {
            MainWindow.this.backUpNow();
        }

        @Override
        public void continueSetup() {
            MainWindow.this.continueSetup();
        }

        @Override
        public void restoreBackup(Path backup) {
            restoreFrom(backup);
        }
    };

    public MainWindow(Stage stage, AppServices services) {
        this(stage, services, new DialogService(stage));
    }

    /** With dialogs of the caller's own (tests answer file choosers without a screen). */
    public MainWindow(Stage stage, AppServices services, DialogService dialogs) {
        this.stage = stage;
        this.services = services;
        this.dialogs = dialogs;
        this.tasks = new BackgroundTasks(dialogs);
        this.themes = new ThemeManager(services.settings());
        themes.install();

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(menuBar());
        root.setLeft(rail());
        VBox.setVgrow(banner.node(), Priority.ALWAYS);
        root.setCenter(new VBox(exampleBanner, banner.node()));
        root.setBottom(statusBar());
        content.getStyleClass().add("page-area");

        Scene scene = new Scene(root, 1200, 780);
        themes.style(scene);
        KeyboardShortcuts.install(scene, themes, this::selectPageByKeyboard);
        // sizes views set in pixels are scaled when they are built, so the page is built again
        themes.textSizeProperty().addListener((o, was, now) -> showCurrentPageAgain());
        stage.setScene(scene);
        stage.setTitle(I18n.tr("app.title"));
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(event -> closeBookNow());
        book.addListener((observable, old, now) -> bookChanged(now));
        bookChanged(null);
    }

    public Stage stage() {
        return stage;
    }

    /** The window's one worker, whose progress and Cancel the status bar shows. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /**
     * On start: the book asked for, or the last book if it is still there, else the welcome page;
     * on a first run, the example book (see {@link FirstScreen}).
     */
    public void openInitialBook(Path requested) {
        FirstScreen first = services.firstScreen(requested);
        switch (first.kind()) {
            case BOOK -> openFirst(first.book().orElseThrow());
            case EXAMPLE -> firstRunExample();
            case WELCOME -> showWelcome();
        }
    }

    /**
     * A first run: the example book, made as "Explore an example" makes it, with the banner
     * that leads to one's own book. Tried once: later runs show the welcome page instead. If it
     * cannot be made, the welcome page says why; a cancel is no error and shows it too.
     */
    private void firstRunExample() {
        services.settings().values().exampleOffered = true;
        services.settings().save();
        exploreExample(error -> {
            if (book.get() == null) {
                showWelcome(BackgroundTasks.wasCancelled(error) ? null
                        : I18n.tr("welcome.exampleFailed", BackgroundTasks.describe(error)));
            }
        });
    }

    /** The first book: taken as opened ahead while JavaFX started, when it was, with its dashboard's figures. */
    private void openFirst(Path path) {
        Optional<AppServices.OpenedAhead> ahead = services.takeOpenedAhead(path);
        if (ahead.isEmpty()) {
            open(path);
            return;
        }
        dashboardAhead = ahead.get();
        tasks.run(I18n.tr("task.opening", path.getFileName()), ahead.get()::bookNow, this::opened, error -> {
            dashboardAhead = null;
            openFailed(path, error);
        });
    }

    private MenuBar menuBar() {
        MenuItem newBook = item("menu.file.new", "Shortcut+N", this::startOwnBook);
        MenuItem openBook = item("menu.file.open", "Shortcut+O", this::chooseAndOpen);
        MenuItem example = item("menu.file.example", null, this::exploreExample);
        MenuItem backup = item("menu.file.backup", "Shortcut+B", this::backUpNow);
        MenuItem restore = item("menu.file.restore", null, this::restoreFromBackup);
        MenuItem importStatement = item("menu.file.import", "Shortcut+I", this::importStatement);
        MenuItem reconcile = item("menu.file.reconcile", null, this::reconcile);
        MenuItem close = item("menu.file.close", "Shortcut+W", this::closeBook);
        MenuItem welcomePage = item("menu.file.welcome", null, this::closeBook);
        MenuItem exit = item("menu.file.exit", "Shortcut+Q", () -> {
            closeBookNow();
            Platform.exit();
        });
        backup.disableProperty().bind(book.isNull());
        restore.disableProperty().bind(book.isNull());
        close.disableProperty().bind(book.isNull());
        importStatement.disableProperty().bind(book.isNull());
        reconcile.disableProperty().bind(book.isNull());
        recentMenu.setOnShowing(event -> fillRecentMenu());
        fillRecentMenu();
        Menu file = new Menu(I18n.tr("menu.file"), null, newBook, openBook, recentMenu, example,
                new SeparatorMenuItem(), importStatement, reconcile,
                new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), welcomePage, close, exit);
        file.setId("menu-file");
        MenuItem about = item("menu.help.about", null,
                () -> dialogs.showInfo(I18n.tr("about.title"), I18n.tr("about.text")));
        MenuItem glossary = item("menu.help.glossary", "F1", this::showHelp);
        MenuItem people = item("menu.file.people", null, this::showBrokerOverview);
        file.getItems().add(3, people);
        Menu help = new Menu(I18n.tr("menu.help"), null, glossary, new SeparatorMenuItem(), about);
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, KeyboardShortcuts.goMenu(this::selectPageByKeyboard, book.isNull()),
                KeyboardShortcuts.viewMenu(themes), help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.tr(key));
        item.setId(key.replace('.', '-'));
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : services.settings().recentBooks()) {
            MenuItem item = new MenuItem(path.getFileName().toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Node rail() {
        rail.setId("nav-rail");
        rail.getStyleClass().add("nav-rail");
        rail.setPadding(new Insets(12, 8, 12, 8));
        for (Page page : Page.values()) {
            FontIcon icon = new FontIcon(page.icon());
            ToggleButton button = new ToggleButton(I18n.tr(page.labelKey()), icon);
            button.setId(page.id());
            button.setUserData(page);
            button.setToggleGroup(navigation);
            button.getStyleClass().add("nav-button");
            button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setAccessibleText(I18n.tr(page.labelKey()));
            button.setAccessibleHelp(I18n.tr("nav.keyboard", I18n.tr(page.helpKey()), page.ordinal() + 1));
            button.setTooltip(new Tooltip(I18n.tr(page.helpKey())));
            rail.getChildren().add(button);
        }
        navigation.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                // the rail always shows where you are: clicking the current page keeps it
                if (old != null) {
                    navigation.selectToggle(old);
                }
                return;
            }
            show((Page) now.getUserData());
        });
        // at large text sizes eight pages are taller than the window: the rail scrolls, never clips
        ScrollPane scroller = new ScrollPane(rail);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        scroller.getStyleClass().add("nav-rail-scroller");
        return scroller;
    }

    private Node statusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bookLabel.setId("status-book");
        backupLabel.setId("status-backup");
        // at 200% text the status bar grows a line rather than cutting words short
        bookLabel.setMinWidth(Region.USE_PREF_SIZE);
        backupLabel.setWrapText(true);
        backupLabel.setMinHeight(Region.USE_PREF_SIZE);
        TaskProgressBar work = new TaskProgressBar(tasks, "status");
        HBox bar = new HBox(16, bookLabel, backupLabel, spacer, work);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        // at large text sizes in a small window the book's name wraps rather than being cut
        NoClipping.watch(bar);
        return bar;
    }

    private void bookChanged(Book now) {
        rail.setDisable(now == null);
        if (now == null) {
            bookLabel.setText(I18n.tr("status.noBook"));
            backupLabel.setText("");
            stage.setTitle(I18n.tr("app.title"));
            return;
        }
        bookLabel.setText(I18n.tr("status.book", now.path().getFileName()));
        bookLabel.setTooltip(new Tooltip(now.path().toString()));
        stage.setTitle(I18n.tr("app.titleWithBook", now.path().getFileName()));
        refreshBackupLabel();
        selectPage(currentPage);
    }

    private void refreshBackupLabel() {
        Book open = book.get();
        if (open == null) {
            return;
        }
        tasks.run(I18n.tr("task.backups"), () -> Backups.latest(open.path()), latest -> backupLabel.setText(latest
                .map(b -> I18n.tr("status.lastBackup", b.takenAt().atZone(ZoneId.systemDefault()).format(BACKUP_TIME)))
                .orElse(I18n.tr("status.noBackup"))));
    }

    private void selectPage(Page page) {
        for (var toggle : navigation.getToggles()) {
            if (toggle.getUserData() == page) {
                if (toggle.isSelected()) {
                    show(page);
                } else {
                    navigation.selectToggle(toggle);
                }
            }
        }
    }

    /** Ctrl+1..8 and the Go menu: the page, with keyboard focus on its place in the rail. */
    private void selectPageByKeyboard(Page page) {
        if (book.get() == null) {
            return;
        }
        selectPage(page);
        for (var toggle : navigation.getToggles()) {
            if (toggle.getUserData() == page) {
                ((Node) toggle).requestFocus();
            }
        }
    }

    /** After a text size change: the page built again at the new size, focus where it was. */
    private void showCurrentPageAgain() {
        if (content.getChildren().isEmpty()) {
            return;
        }
        Node focused = stage.getScene().getFocusOwner();
        String focusedId = focused == null || focused.getId() == null ? null : focused.getId();
        if (book.get() != null) {
            show(currentPage);
        } else {
            showWelcome();
        }
        if (focusedId != null) {
            Node again = stage.getScene().lookup("#" + focusedId);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private void show(Page page) {
        Book open = book.get();
        if (open == null) {
            return;
        }
        currentPage = page;
        BookSession session = new BookSession(open, tasks, dialogs, services.today(), navigator);
        Node view;
        if (page == Page.DASHBOARD && dashboardAhead != null) {
            AppServices.OpenedAhead ahead = dashboardAhead;
            dashboardAhead = null;
            view = new DashboardView(session, () -> ahead.dashboardFor(session.today())
                    .orElseGet(() -> new DashboardService(open).summary(session.today())));
        } else {
            view = page.create(session);
        }
        NoClipping.watch(view);
        if (!page.scrolls()) {
            content.getChildren().setAll(view);
            return;
        }
        ScrollPane scroller = new ScrollPane(view);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("page-scroller");
        content.getChildren().setAll(scroller);
    }

    private BookSession session() {
        return new BookSession(book.get(), tasks, dialogs, services.today());
    }

    private void importStatement() {
        new ImportDialog(session(), result -> refreshMoneyPage()).show();
    }

    private void reconcile() {
        new ReconcileDialog(session(), null, null, null, this::refreshMoneyPage).show();
    }

    /** After an import or a reconciliation the Money page shows the book as it now is. */
    private void refreshMoneyPage() {
        if (book.get() != null && currentPage == Page.MONEY) {
            show(Page.MONEY);
        }
    }

    private void showWelcome() {
        showWelcome(null);
    }

    /** The welcome page, with {@code problem} (null: none) said at its top. */
    private void showWelcome(String problem) {
        // at large text sizes the welcome page is taller than the window: it scrolls, never clips
        WelcomeView welcome = new WelcomeView(this::startOwnBook, this::exploreExample,
                services.settings().recentBooks().stream().filter(Files::exists).toList(), this::open);
        if (problem != null) {
            welcome.sayProblem(problem);
        }
        if (services.settings().recentBooks().size() >= 2) {
            welcome.offerBrokerOverview(this::showBrokerOverview);
        }
        ScrollPane scroller = new ScrollPane(NoClipping.watched(welcome));
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("page-scroller");
        content.getChildren().setAll(scroller);
    }

    /** The glossary and help page; it needs no book. */
    private void showHelp() {
        content.getChildren().setAll(new HelpView());
    }

    /** The books of the people a broker helps, each summarised without being opened for work. */
    private void showBrokerOverview() {
        closeBookNow();
        content.getChildren().setAll(new BrokerView(services.settings().recentBooks(), tasks, dialogs, services.books().clock(),
                this::open));
    }

    // ---- book lifecycle --------------------------------------------------------------------

    /** The guided setup: its first step makes the book, the rest fill it in. */
    private void startOwnBook() {
        closeBookNow();
        SetupWizard[] wizard = new SetupWizard[1];
        wizard[0] = new SetupWizard(new SetupWizardModel(services.today()), tasks, dialogs, setupHost(() -> wizard[0]));
        content.getChildren().setAll(wizard[0]);
    }

    /** The guided setup of the open book, where it was left. */
    private void continueSetup() {
        Book open = book.get();
        if (open == null) {
            return;
        }
        tasks.run(I18n.tr("task.reminders"), () -> new SetupService(open).resumeAt(), step -> {
            if (book.get() != open) {
                return;
            }
            SetupWizard[] wizard = new SetupWizard[1];
            wizard[0] = new SetupWizard(SetupWizardModel.resumeAt(step.orElse(SetupService.Step.STAFF), services.today()),
                    openSession(), setupHost(() -> wizard[0]));
            content.getChildren().setAll(wizard[0]);
        });
    }

    private SetupWizard.Host setupHost(java.util.function.Supplier<Node> wizard) {
        return new SetupWizard.Host() {
            @Override
            public void createBook(SetupWizardModel model, java.util.function.Consumer<BookSession> created, Runnable failed) {
                Path path = BookService.withExtension(model.place.get());
                String name = model.name.get().strip();
                java.time.LocalDate born = model.dateOfBirth.get();
                SetupService.Role role = model.role.get();
                String keptBy = model.keptBy.get();
                tasks.run(I18n.tr("task.creating"), () -> {
                    Book made = services.books().create(path, name);
                    try {
                        new SetupService(made).started(born, role, keptBy);
                    } catch (RuntimeException e) {
                        made.close();
                        throw e;
                    }
                    return made;
                }, made -> {
                    opened(made);
                    // the setup carries on in place of the page the new book would show
                    content.getChildren().setAll(wizard.get());
                    created.accept(openSession());
                }, error -> {
                    dialogs.showError(I18n.tr("error.title"), BackgroundTasks.describe(error));
                    failed.run();
                });
            }

            @Override
            public void finished() {
                selectPage(Page.DASHBOARD);
            }

            @Override
            public void openStaffPage() {
                selectPage(Page.STAFF);
            }
        };
    }

    private BookSession openSession() {
        return new BookSession(book.get(), tasks, dialogs, services.today(), navigator);
    }

    private void exploreExample() {
        exploreExample(this::backToWelcome);
    }

    private void exploreExample(java.util.function.Consumer<Throwable> failed) {
        Path example = services.exampleBook();
        closeBookNow();
        // making it takes seconds: the page says what is happening, not only the status bar
        Label making = new Label(I18n.tr("example.making"));
        making.setId("example-making");
        making.getStyleClass().add("title-4");
        making.setWrapText(true);
        making.setMaxWidth(ThemeManager.scaled(560));
        making.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        StackPane waiting = new StackPane(making);
        waiting.setPadding(new Insets(48));
        content.getChildren().setAll(waiting);
        tasks.runCancellable(I18n.tr("task.example"), I18n.tr("task.exampleCancelled"), work -> {
            if (Files.exists(example)) {
                return openStoppably(work, () -> services.books().open(example));
            }
            try {
                uk.supportbudget.store.OwnerOnly.createDirectories(example.getParent());
            } catch (java.io.IOException e) {
                throw new Refusal(I18n.tr("error.exampleFolder", example.getParent()), e);
            }
            // a cancel rolls the filling back and deletes the half-made file
            return services.books().createDemo(example, work);
        }, this::opened, failed);
    }

    private void chooseAndOpen() {
        Path folder = Optional.ofNullable(book.get()).map(b -> b.path().getParent())
                .orElse(services.settings().defaultBooksFolder());
        dialogs.chooseBookToOpen(folder).ifPresent(this::open);
    }

    /** Opens a book in the background; a damaged one is offered its latest verified backup. */
    public void open(Path path) {
        closeBookNow();
        tasks.runCancellable(I18n.tr("task.opening", path.getFileName()), I18n.tr("task.openCancelled", path.getFileName()),
                work -> openStoppably(work, () -> services.books().open(path)), this::opened, error -> openFailed(path, error));
    }

    /**
     * Opening changes nothing the person would miss, so a cancel simply closes the book again once
     * it is open (a schema upgrade already made is kept: it was verified and backed up first).
     */
    private static Book openStoppably(uk.supportbudget.domain.Progress work, java.util.function.Supplier<Book> opening) {
        work.checkCancelled();
        Book opened = opening.get();
        try {
            work.checkCancelled();
        } catch (java.util.concurrent.CancellationException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /**
     * After an opening or example book that failed or was cancelled: the welcome page, as before it
     * started. A cancel is not an error: the status bar says what happened.
     */
    private void backToWelcome(Throwable error) {
        if (!BackgroundTasks.wasCancelled(error)) {
            dialogs.showError(I18n.tr("error.title"), BackgroundTasks.describe(error));
        }
        if (book.get() == null) {
            showWelcome();
        }
    }

    private void opened(Book opened) {
        book.set(opened);
        services.settings().rememberOpened(opened.path());
        AppLog.event("A book was opened");
        warnIfSynced(opened.path());
        backupLabel.setText(I18n.tr("task.dailyBackup"));
        BookSession session = openSession();
        showExampleBannerIfExample(opened);
        // overdue items are looked at once the daily backup is done, so a backup just taken is not reported missing
        tasks.runAside(() -> Backups.dailyIfDue(opened), written -> {
            refreshBackupLabel();
            if (book.get() == opened) {
                banner.check(session);
            }
        }, error -> {
            backupLabel.setText(I18n.tr("status.backupFailed"));
            if (book.get() == opened) {
                banner.check(session);
            }
        });
    }

    /**
     * The example book's banner, for a book made as the example (or the example file made before
     * books were marked so).
     */
    private void showExampleBannerIfExample(Book opened) {
        Path exampleFile = services.exampleBook().toAbsolutePath().normalize();
        tasks.run(I18n.tr("task.opening", opened.path().getFileName()),
                () -> BookService.isExample(opened) || opened.path().toAbsolutePath().normalize().equals(exampleFile),
                example -> {
                    if (example && book.get() == opened) {
                        exampleBanner.show();
                    }
                });
    }

    /** Once per book: a sentence about cloud-synced and network folders. */
    private void warnIfSynced(Path path) {
        String key = path.toAbsolutePath().normalize().toString();
        if (services.settings().values().syncWarningShown.contains(key)) {
            return;
        }
        SyncFolderCheck.riskyPlace(path).ifPresent(place -> {
            services.settings().values().syncWarningShown.add(key);
            services.settings().save();
            dialogs.showInfo(I18n.tr("sync.title"), I18n.tr("sync.text", place));
        });
    }

    /** An encrypted book: ask for its passphrase (again, with the reason, after a wrong one) and open it. */
    private void askPassphraseAndOpen(Path path, Throwable error) {
        String sentence = error instanceof WrongPassphrase ? error.getMessage() : I18n.tr("privacy.askText", path.getFileName());
        Optional<DialogService.Secret> secret = dialogs.askPassphrase(I18n.tr("privacy.askTitle"), sentence);
        if (secret.isEmpty()) {
            if (book.get() == null) {
                showWelcome();
            }
            return;
        }
        char[] typed = secret.get().value();
        Unlock unlock = secret.get().recoveryKey() ? Unlock.recoveryKey(new String(typed)) : Unlock.passphrase(typed);
        java.util.Arrays.fill(typed, '\0');
        tasks.runCancellable(I18n.tr("task.opening", path.getFileName()), I18n.tr("task.openCancelled", path.getFileName()),
                work -> openStoppably(work, () -> services.books().open(path, unlock)), this::opened, failure -> openFailed(path, failure));
    }

    private void openFailed(Path path, Throwable error) {
        if (BackgroundTasks.wasCancelled(error)) {
            backToWelcome(error);
            return;
        }
        if (error instanceof PassphraseNeeded) {
            askPassphraseAndOpen(path, error);
            return;
        }
        boolean damaged = error instanceof DamagedBook;
        Optional<Backups.BackupFile> backup = damaged ? Backups.latest(path) : Optional.empty();
        if (backup.isPresent() && dialogs.confirm(I18n.tr("damaged.title"),
                I18n.tr("damaged.text", path.getFileName(),
                        backup.get().takenAt().format(BACKUP_TIME)), I18n.tr("damaged.restore"))) {
            tasks.runCancellable(I18n.tr("task.restoring"), I18n.tr("restore.cancelled"), work -> {
                services.books().restore(backup.get().path(), path, work);
                return services.books().open(path);
            }, this::opened, this::backToWelcome);
            return;
        }
        if (!Files.exists(path)) {
            services.settings().forget(path);
        }
        dialogs.showError(I18n.tr("error.openTitle"), BackgroundTasks.describe(error));
        if (book.get() == null) {
            showWelcome();
        }
    }

    private void backUpNow() {
        Book open = book.get();
        tasks.runCancellable(I18n.tr("task.backingUp"), I18n.tr("backup.cancelled"), work -> BookService.backupNow(open, work), written -> {
            refreshBackupLabel();
            dialogs.showInfo(I18n.tr("backup.doneTitle"), I18n.tr("backup.doneText", written));
        });
    }

    private void restoreFromBackup() {
        Book open = book.get();
        dialogs.chooseBackup(Backups.folderFor(open.path())).ifPresent(this::restoreFrom);
    }

    /** Asks, then puts {@code chosen} in place of the open book; an encrypted book's key opens its backups. */
    private void restoreFrom(Path chosen) {
        Book open = book.get();
        Path path = open.path();
        if (!dialogs.confirm(I18n.tr("restore.title"),
                I18n.tr("restore.text", path.getFileName(), chosen.getFileName()), I18n.tr("restore.doIt"))) {
            return;
        }
        Unlock keys = open.unlockForCopies();
        closeBookNow();
        // checking the backup can be stopped (the book is then reopened as it was); the swap cannot
        tasks.runCancellable(I18n.tr("task.restoring"), I18n.tr("restore.cancelled"), work -> {
            services.books().restore(chosen, path, keys, work);
            return services.books().open(path, keys);
        }, this::opened, error -> {
            if (!BackgroundTasks.wasCancelled(error)) {
                dialogs.showError(I18n.tr("error.restoreTitle"), BackgroundTasks.describe(error));
            }
            open(path);
        });
    }

    private void closeBook() {
        closeBookNow();
        services.settings().values().lastBook = null;
        services.settings().save();
        showWelcome();
    }

    /** Closes the open book on the worker thread, waiting for work already queued to finish. */
    private void closeBookNow() {
        Book open = book.get();
        if (open == null) {
            return;
        }
        book.set(null);
        banner.hide();
        exampleBanner.hide();
        content.getChildren().clear();
        tasks.run(I18n.tr("task.closing"), () -> {
            open.close();
            return null;
        }, ignored -> { });
    }

    public void shutdown() {
        Book open = book.get();
        if (open != null) {
            book.set(null);
            open.close();
        }
        tasks.shutdown();
    }
}
