package uk.supportbudget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.supportbudget.service.AppLog;
import uk.supportbudget.service.AppSettings;
import uk.supportbudget.ui.main.MainWindow;

/** The desktop app: builds the services, shows the main window, opens the last book. */
public final class App extends Application {

    /** Built on a thread of its own while JavaFX starts; see {@link #startAhead}. */
    private static final CompletableFuture<AppServices> SERVICES_AHEAD = new CompletableFuture<>();
    private static volatile boolean startedAhead;

    private MainWindow window;

    public static void main(String[] args) {
        startAhead(args);
        launch(App.class, args);
    }

    /**
     * Start-up in two halves at once, for laptops with two cores: while the JavaFX toolkit starts
     * on this thread, another reads the settings, opens the book the window will show (its quick
     * check, the SQLite library) and adds up its dashboard. The window then takes the open book
     * and the figures instead of starting that work after the first frame.
     */
    private static void startAhead(String[] args) {
        Thread ahead = new Thread(() -> {
            try {
                AppServices services = new AppServices(AppSettings.defaultFolder(), Clock.systemDefaultZone());
                Optional<Path> book = services.initialBook(args.length == 0 ? null : Path.of(args[0]));
                if (book.isEmpty()) {
                    SERVICES_AHEAD.complete(services);
                } else {
                    services.openAhead(book.get(), services.today(), () -> SERVICES_AHEAD.complete(services));
                }
            } catch (Throwable e) {
                SERVICES_AHEAD.completeExceptionally(e);
            }
        }, "start-ahead");
        ahead.setDaemon(true);
        ahead.start();
        startedAhead = true;
    }

    /** The services made ahead, or made now if that failed (the error then shows as it would have). */
    private static AppServices services() {
        try {
            return AppServices.await(SERVICES_AHEAD);
        } catch (RuntimeException e) {
            return new AppServices(AppSettings.defaultFolder(), Clock.systemDefaultZone());
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppLog.toFolder(AppSettings.defaultFolder());
        AppLog.event("Support Budget started");
        uk.supportbudget.ui.common.DialogService.useHostServices(getHostServices());
        // launched some other way than main (a tool, a test): nothing was started ahead
        AppServices services = startedAhead ? services() : new AppServices(AppSettings.defaultFolder(), Clock.systemDefaultZone());
        window = new MainWindow(stage, services);
        stage.show();
        List<String> arguments = getParameters().getRaw();
        window.openInitialBook(arguments.isEmpty() ? null : Path.of(arguments.get(0)));
        if (Boolean.getBoolean("supportbudget.benchmark")) {
            reportFirstFrameWithData(stage);
        }
    }

    /**
     * For the benchmark only: once the dashboard shows the book's figures, print how long that
     * took from the start of the JVM, the processor time the process used by then (all threads;
     * a fairer figure than the wall clock on a busy machine) and the memory it holds; then, three
     * seconds later, when the work started beside the dashboard (reminders, the daily backup) has
     * had time to finish, the memory again; then quit.
     */
    private static void reportFirstFrameWithData(Stage stage) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stage.getScene().lookup("#dashboard-title") != null) {
                    stop();
                    long millis = System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-with-data-ms=" + millis + " rss-kb=" + residentKilobytes()
                            + " cpu-ms=" + processorMillis());
                    System.out.flush();
                    javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                    settle.setOnFinished(event -> {
                        System.out.println("settled-rss-kb=" + residentKilobytes());
                        System.out.flush();
                        javafx.application.Platform.exit();
                    });
                    settle.play();
                }
            }
        }.start();
    }

    /** User and system time of the whole process so far, from /proc (Linux; -1 elsewhere). */
    private static long processorMillis() {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted here from field 3, in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long residentKilobytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
