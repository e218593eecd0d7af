package uk.supportbudget;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class App extends Application {

    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Support Budget");
        stage.setScene(new Scene(new Label("Support Budget"), 800, 600));
        stage.show();
    }
}
