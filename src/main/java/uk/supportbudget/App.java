package uk.supportbudget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.supportbudget.service.AppLog;
import uk.supportbudget.service.AppSettings;
import uk.supportbudget.ui.main.MainWindow;

/** The desktop app: builds the services, shows the main window, opens the last book. */
public final class App extends Application {

    private MainWindow window;

    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppLog.toFolder(AppSettings.defaultFolder());
        AppLog.event("Support Budget started");
        uk.supportbudget.ui.common.DialogService.useHostServices(getHostServices());
        AppServices services = new AppServices(AppSettings.defaultFolder(), Clock.systemDefaultZone());
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
     * took from the start of the JVM and how much memory the process holds, then quit.
     */
    private static void reportFirstFrameWithData(Stage stage) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stage.getScene().lookup("#dashboard-title") != null) {
                    stop();
                    long millis = System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-with-data-ms=" + millis + " rss-kb=" + residentKilobytes());
                    System.out.flush();
                    javafx.application.Platform.exit();
                }
            }
        }.start();
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
