package uk.supportbudget.ui.settings;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * Settings for this book: which council profile its returns follow, and the person's own
 * profiles (a copy of a shipped one, edited and saved in the settings folder); its backups and
 * what may be archived; and privacy (encryption, what the council copy shows).
 */
public final class SettingsView extends VBox {

    private record Loaded(List<CouncilProfile> profiles, String chosen) {
    }

    private final BookSession session;
    private final CouncilProfiles profiles = CouncilProfiles.standard();
    private final ComboBox<CouncilProfile> choice = new ComboBox<>();
    private final Label details = new Label();
    private final Label current = new Label();
    private final Button edit = new Button(I18n.tr("settings.edit"));
    private final javafx.scene.Node display = DisplaySettings.section();

    public SettingsView(BookSession session) {
        this.session = session;
        setId("page-settings");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        Label title = new Label(I18n.tr("settings.title"));
        title.getStyleClass().add("title-2");
        getChildren().addAll(title, display, new ProgressIndicator());
        reload(null);
    }

    private void reload(String select) {
        session.tasks().run(I18n.tr("task.settings"), () -> new Loaded(new ArrayList<>(profiles.all().values()),
                new BookInfoRepository(session.book()).get().councilProfile()), loaded -> show(loaded, select));
    }

    private void show(Loaded loaded, String select) {
        Label heading = new Label(I18n.tr("settings.profile"));
        heading.getStyleClass().add("title-3");
        Label help = new Label(I18n.tr("settings.profileHelp"));
        help.setWrapText(true);
        help.setMaxWidth(uk.supportbudget.ui.common.ThemeManager.scaled(720));
        help.getStyleClass().add("text-muted");
        current.setId("settings-current-profile");
        current.setText(loaded.chosen().isBlank() ? I18n.tr("settings.noProfile")
                : I18n.tr("settings.currentProfile", loaded.profiles().stream().filter(p -> p.id().equals(loaded.chosen()))
                .map(CouncilProfile::name).findFirst().orElse(loaded.chosen())));

        choice.setId("settings-profile");
        heading.setLabelFor(choice);
        choice.getItems().setAll(loaded.profiles());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(CouncilProfile profile) {
                return profile == null ? "" : profile.name() + "  (" + profile.id() + ")";
            }

            @Override
            public CouncilProfile fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().addListener((o, was, now) -> describe(now));
        String wanted = select != null ? select : loaded.chosen();
        choice.setValue(loaded.profiles().stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElse(loaded.profiles().isEmpty() ? null : loaded.profiles().get(0)));

        Button use = new Button(I18n.tr("settings.use"));
        use.setId("settings-use-profile");
        use.setOnAction(event -> useForBook());
        Button duplicate = new Button(I18n.tr("settings.duplicate"));
        duplicate.setId("settings-duplicate-profile");
        duplicate.setOnAction(event -> editProfile(true));
        edit.setId("settings-edit-profile");
        edit.setOnAction(event -> editProfile(false));

        details.setId("settings-profile-details");
        details.setWrapText(true);
        details.setMaxWidth(uk.supportbudget.ui.common.ThemeManager.scaled(720));
        Label folder = new Label(I18n.tr("settings.ownFolder", profiles.userFolder()));
        folder.setWrapText(true);
        folder.getStyleClass().add("text-muted");

        VBox section = new VBox(10, heading, help, current, new HBox(10, choice, use), details,
                new HBox(10, duplicate, edit), folder);
        section.getStyleClass().add("dashboard-section");
        getChildren().setAll(getChildren().get(0), display, section, new BackupsSection(session), new PrivacySection(session));
    }

    private boolean isOwn(CouncilProfile profile) {
        return profile != null && Files.isRegularFile(profiles.userFolder().resolve(profile.id() + ".json"));
    }

    private void describe(CouncilProfile profile) {
        edit.setDisable(!isOwn(profile));
        if (profile == null) {
            details.setText("");
            return;
        }
        details.setText(I18n.tr("settings.details", profile.councilName(),
                profile.frequency().label().toLowerCase(java.util.Locale.UK), profile.dueDays(),
                profile.surplusWeeks(), profile.categories().size(), profile.evidenceThreshold().display(),
                profile.retentionYears()));
    }

    private void useForBook() {
        CouncilProfile profile = choice.getValue();
        if (profile == null) {
            return;
        }
        session.tasks().run(I18n.tr("task.settingsSave"), () -> {
            BookInfoRepository info = new BookInfoRepository(session.book());
            BookInfoRepository.BookInfo was = info.get();
            info.save(new BookInfoRepository.BookInfo(was.personName(), was.dateOfBirth(), was.councilName(),
                    was.councilReference(), was.nominatedPerson(), profile.id()));
            return profile;
        }, saved -> current.setText(I18n.tr("settings.currentProfile", saved.name())));
    }

    private void editProfile(boolean duplicate) {
        CouncilProfile profile = choice.getValue();
        if (profile == null) {
            return;
        }
        CouncilProfile start = duplicate ? profile.withId(freeId(profile.id() + "-own"),
                I18n.tr("settings.copyName", profile.name())) : profile;
        Optional<CouncilProfile> edited = CouncilProfileEditor.edit(getScene().getWindow(), start);
        edited.ifPresent(saved -> session.tasks().run(I18n.tr("task.settingsSave"), () -> profiles.save(saved),
                file -> reload(saved.id())));
    }

    private String freeId(String wanted) {
        String id = wanted;
        for (int n = 2; taken(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private boolean taken(String id) {
        return choice.getItems().stream().anyMatch(p -> p.id().equals(id));
    }
}
