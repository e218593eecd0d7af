package uk.supportbudget;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
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
        uk.supportbudget.ui.common.DialogService.useHostServices(getHostServices());
        AppServices services = new AppServices(AppSettings.defaultFolder(), Clock.systemDefaultZone());
        window = new MainWindow(stage, services);
        stage.show();
        List<String> arguments = getParameters().getRaw();
        window.openInitialBook(arguments.isEmpty() ? null : Path.of(arguments.get(0)));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
