package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import uk.supportbudget.AppServices;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.common.ThemeManager;
import uk.supportbudget.ui.main.MainWindow;
import uk.supportbudget.ui.main.Page;

/**
 * Walks every page of the example book and checks what a screen reader and a keyboard user
 * meet: every control named, reachable by Tab, and no text cut to "…" at 200% in the light and
 * high-contrast themes; no page scrolling sideways at 200% in a 1280×800 or 1024×768 window; then
 * the same journey by keys alone, from a first run (which opens the example book) to a return PDF.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityAuditTest {

    @TempDir
    static Path home;

    private MainWindow window;
    private Stage stage;
    private Path settingsFolder;

    /** Dialogs as the app has them, except that "save the PDF as" answers without a screen. */
    private static final class ScriptedDialogs extends DialogService {
        ScriptedDialogs(Window owner) {
            super(owner);
        }

        @Override
        public Optional<Path> choosePdfToSave(Path folder, String suggestedName) {
            return Optional.of(home.resolve("keyboard-return.pdf"));
        }

        @Override
        public boolean openWithSystem(Path file) {
            return false;
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // each test starts afresh, a first run with settings of its own: the example book opens by itself
        Path settings = home.resolve(java.util.UUID.randomUUID().toString());
        settingsFolder = settings;
        window = new MainWindow(stage, new AppServices(settings, Clock.systemDefaultZone()), new ScriptedDialogs(stage));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        window.openInitialBook(null);
    }

    @AfterEach
    void closeBook() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> themes().setTextSize(100)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> themes().setTheme(ThemeManager.Theme.LIGHT)).get(10, TimeUnit.SECONDS);
        // TestFX keeps one stage for every test class: leave it the size it was given
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(window::shutdown).get(10, TimeUnit.SECONDS);
    }

    /** The window at {@code size}, in {@code theme}, with text at 200%. */
    private void atDoubleSize(double[] size, ThemeManager.Theme theme) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            themes().setTheme(theme);
            themes().setTextSize(200);
        }).get(10, TimeUnit.SECONDS);
    }

    private static ThemeManager themes() {
        return ThemeManager.installed().orElseThrow();
    }

    @Test
    void everyPageIsNamedReachableAndUnclippedAtDoubleSizeInLightAndHighContrast(FxRobot robot) throws Exception {
        waitForPage(robot, Page.DASHBOARD);
        List<String> problems = new ArrayList<>();
        for (ThemeManager.Theme theme : List.of(ThemeManager.Theme.LIGHT, ThemeManager.Theme.HIGH_CONTRAST)) {
            WaitForAsyncUtils.asyncFx(() -> {
                themes().setTheme(theme);
                themes().setTextSize(200);
            }).get(10, TimeUnit.SECONDS);
            for (Page page : Page.values()) {
                ToggleButton rail = robot.lookup("#" + page.id()).queryAs(ToggleButton.class);
                WaitForAsyncUtils.asyncFx(rail::fire).get(10, TimeUnit.SECONDS);
                waitForPage(robot, page);
                String where = page.name() + " in " + theme.key() + " at 200%: ";
                WaitForAsyncUtils.asyncFx(() -> audit(stage.getScene().getRoot(), where, problems)).get(10, TimeUnit.SECONDS);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void noPageScrollsSidewaysAtDoubleSizeInAModestWindow(FxRobot robot) throws Exception {
        waitForPage(robot, Page.DASHBOARD);
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 800}, {1024, 768}}) {
            for (ThemeManager.Theme theme : List.of(ThemeManager.Theme.LIGHT, ThemeManager.Theme.HIGH_CONTRAST)) {
                atDoubleSize(size, theme);
                for (Page page : Page.values()) {
                    ToggleButton rail = robot.lookup("#" + page.id()).queryAs(ToggleButton.class);
                    WaitForAsyncUtils.asyncFx(rail::fire).get(10, TimeUnit.SECONDS);
                    waitForPage(robot, page);
                    String where = page.name() + " in " + theme.key() + " at 200% in " + (int) size[0] + "\u00d7" + (int) size[1] + ": ";
                    WaitForAsyncUtils.asyncFx(() -> {
                        Parent area = (Parent) stage.getScene().lookup(".page-area");
                        sideways(area, where, problems);
                        audit(stage.getScene().getRoot(), where, problems);
                    }).get(10, TimeUnit.SECONDS);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void aWorkedOutPayRunFitsThePayrollPageAtDoubleSizeInAModestWindow(FxRobot robot) throws Exception {
        // the example book's timesheets for this month are not signed yet: leave the example the first run opened for the
        // welcome page, sign them in the closed book, so working out the pay has rows, and go back into it
        waitForPage(robot, Page.DASHBOARD);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#example-banner-welcome").queryButton().fire()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#welcome-example").tryQuery().isPresent());
        AppServices services = new AppServices(settingsFolder, Clock.systemDefaultZone());
        try (uk.supportbudget.store.Book book = services.books().open(services.exampleBook())) {
            uk.supportbudget.service.TimesheetService timesheets = new uk.supportbudget.service.TimesheetService(book);
            for (uk.supportbudget.service.TimesheetService.Summary sheet : timesheets.list()) {
                if (!sheet.timesheet().signed() && !sheet.timesheet().period().last().isAfter(java.time.LocalDate.now().plusMonths(1))) {
                    timesheets.markSigned(sheet.timesheet().id(), java.time.LocalDate.now(), "signed.pdf", "application/pdf", new byte[] {1});
                }
            }
        }
        robot.clickOn("#welcome-example");
        waitForPage(robot, Page.DASHBOARD);
        ToggleButton payroll = robot.lookup("#" + Page.PAYROLL.id()).queryAs(ToggleButton.class);
        WaitForAsyncUtils.asyncFx(payroll::fire).get(10, TimeUnit.SECONDS);
        waitForPage(robot, Page.PAYROLL);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#payroll-calculate").queryButton().fire()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#payroll-table").queryTableView().getItems().isEmpty());
        int paid = robot.lookup("#payroll-table").queryTableView().getItems().size();

        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 800}, {1024, 768}}) {
            for (ThemeManager.Theme theme : List.of(ThemeManager.Theme.LIGHT, ThemeManager.Theme.HIGH_CONTRAST)) {
                atDoubleSize(size, theme);
                // the page is built again at the new size and shows the draft just worked out
                WaitForAsyncUtils.asyncFx(payroll::fire).get(10, TimeUnit.SECONDS);
                waitForPage(robot, Page.PAYROLL);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> robot.lookup("#payroll-table").queryTableView().getItems().size() == paid);
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                String where = "PAYROLL with a worked-out run in " + theme.key() + " at 200% in " + (int) size[0] + "\u00d7" + (int) size[1] + ": ";
                WaitForAsyncUtils.asyncFx(() -> {
                    Parent area = (Parent) stage.getScene().lookup(".page-area");
                    sideways(area, where, problems);
                    audit(stage.getScene().getRoot(), where, problems);
                    tableFits(robot.lookup("#payroll-table").queryTableView(), where, problems);
                }).get(10, TimeUnit.SECONDS);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));

        // by keyboard: the arrow keys move the chosen PA, and the figures below follow
        TableView<?> table = robot.lookup("#payroll-table").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Math.min(1, paid - 1), table.getSelectionModel().getSelectedIndex());
        Object chosen = table.getSelectionModel().getSelectedItem();
        String name = ((uk.supportbudget.domain.payrun.PayRunLine) chosen).employeeName();
        assertTrue(table.getAccessibleHelp() != null && table.getAccessibleHelp().startsWith(name), "the short table tells a screen reader the chosen PA's figures");
        javafx.scene.control.TextArea why = robot.lookup("#payroll-explanation").queryAs(javafx.scene.control.TextArea.class);
        assertFalse(why.getText().isBlank(), "the explanation follows the chosen PA");
    }

    /**
     * A table whose columns reach past its right edge cuts the last figures off without a scroll bar
     * (its columns share the width): every column must lie inside it, and no heading or cell be cut to "…".
     */
    static void tableFits(TableView<?> table, String where, List<String> problems) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        double inside = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        if (columns > inside + 1) {
            problems.add(where + "the columns of #" + table.getId() + " reach " + Math.round(columns - inside) + "px past its right edge");
        }
        walk(table, node -> {
            if (node instanceof Labeled labeled && node.isVisible() && isShown(node) && isTruncated(labeled)) {
                problems.add(where + describe(node) + " in #" + table.getId() + " is cut to \"" + shownText(labeled) + "\"");
            }
        });
    }

    @Test
    void theWholeJourneyToAReturnPdfWorksWithKeysAlone(FxRobot robot) throws Exception {
        // a first run: the example book opens by itself, no key needed
        waitForPage(robot, Page.DASHBOARD);

        // Alt+F opens the File menu (menu mnemonics work), Esc closes it
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Menu file = robot.lookup("#main-window").queryAs(javafx.scene.layout.BorderPane.class).getTop() instanceof MenuBar bar
                ? bar.getMenus().get(0) : null;
        assertTrue(file != null && file.isShowing(), "Alt+F opens the File menu");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // Ctrl+1..8 go to every page
        for (Page page : Page.values()) {
            robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + (page.ordinal() + 1))).release(KeyCode.CONTROL);
            waitForPage(robot, page);
            assertTrue(robot.lookup("#" + page.id()).queryAs(ToggleButton.class).isSelected(), page + " selected");
        }

        // Ctrl+plus, Ctrl+minus and Ctrl+0 change the text size
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(110, themes().textSize());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, themes().textSize());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, themes().textSize());

        // the return: step 1 period (suggested), check with Enter, then Tab to "Make the PDF" and press Space
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        waitForPage(robot, Page.RETURNS);
        tabTo(robot, "returns-period");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#returns-closing").tryQuery().isPresent());
        tabTo(robot, "returns-make-pdf");
        robot.type(KeyCode.SPACE);
        Path pdf = home.resolve("keyboard-return.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf) && Files.size(pdf) > 1000);
        // the "saved" message is closed with Enter, its default button
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 1);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Presses Tab until the control with this id has focus; failing means it cannot be reached by keyboard. */
    private void tabTo(FxRobot robot, String id) {
        for (int presses = 0; presses < 120; presses++) {
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("#" + id + " could not be reached with Tab");
    }

    private void waitForPage(FxRobot robot, Page page) throws Exception {
        try {
            waitUntilShown(robot, page);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(page + " did not finish loading", e);
        }
    }

    private void waitUntilShown(FxRobot robot, Page page) throws Exception {
        WaitForAsyncUtils.waitFor(uk.supportbudget.testing.AppWindowTest.EXAMPLE_SECONDS, TimeUnit.SECONDS, () -> {
            Node progress = robot.lookup("#status-progress").query();
            ToggleButton rail = robot.lookup("#" + page.id()).queryAs(ToggleButton.class);
            return rail.isSelected() && !rail.isDisabled() && !progress.isVisible()
                    && robot.lookup(".page-area .progress-indicator").tryQuery().map(n -> !n.isVisible()).orElse(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Walks the scene graph and writes a sentence for every problem found. */
    static void audit(Parent root, String where, List<String> problems) {
        root.applyCss();
        root.layout();
        Set<Node> labelled = new HashSet<>();
        walk(root, node -> {
            if (node instanceof Label label && label.getLabelFor() != null) {
                labelled.add(label.getLabelFor());
            }
        });
        walk(root, node -> {
            if (!node.isVisible() || !isShown(node) || insideSkin(node)) {
                return;
            }
            String name = describe(node);
            if (mustBeNamed(node) && !hasName(node, labelled)) {
                problems.add(where + name + " has no text or accessible name");
            }
            if (mustBeReachable(node) && !node.isFocusTraversable() && !exempt(node)) {
                problems.add(where + name + " cannot be reached with Tab");
            }
            if (node instanceof Labeled labeled && !(node instanceof IndexedCell<?>) && isTruncated(labeled)) {
                problems.add(where + name + " is cut to \"" + shownText(labeled) + "\"");
            }
        });
    }

    /**
     * Reading a page should never need a sideways scroll: no horizontal scroll bar shows in the
     * page, and nothing reaches past the page's right edge.
     */
    static void sideways(Parent area, String where, List<String> problems) {
        area.applyCss();
        area.layout();
        Bounds page = area.localToScene(area.getLayoutBounds());
        walk(area, node -> {
            if (!node.isVisible() || !isShown(node)) {
                return;
            }
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && bar.getVisibleAmount() < bar.getMax() - bar.getMin() - 0.5) {
                Node owner = bar.getParent();
                while (owner != null && !(owner instanceof Control)) {
                    owner = owner.getParent();
                }
                problems.add(where + "a sideways scroll bar in " + (owner == null ? "the page" : describe(owner)));
            }
            if (overflows(node, area, page) && !(node.getParent() != null && overflows(node.getParent(), area, page))) {
                Bounds bounds = node.localToScene(node.getLayoutBounds());
                problems.add(where + describe(node instanceof Text && node.getParent() != null ? node.getParent() : node)
                        + " reaches " + Math.round(bounds.getMaxX() - page.getMaxX()) + "px past the page's right edge");
            }
        });
    }

    /** A control or text (or a box holding one) drawn past the page's right edge, outside any scrolled list. */
    private static boolean overflows(Node node, Parent area, Bounds page) {
        if (node == area || !node.isVisible() || insideCell(node) || insideScrolled(node, area) || drawsNothing(node)) {
            return false;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMaxX() > page.getMaxX() + 2 && bounds.getMinX() < page.getMaxX();
    }

    /** An empty label (a status line with nothing to say yet) and its stale text draw nothing. */
    private static boolean drawsNothing(Node node) {
        Node labeled = node instanceof Text && node.getParent() instanceof Labeled ? node.getParent() : node;
        return labeled instanceof Labeled l && (l.getText() == null || l.getText().isEmpty()) && l.getGraphic() == null;
    }

    /** Inside a table, list or scrolled area narrower than it: the scroll bar check speaks for those. */
    private static boolean insideScrolled(Node node, Parent area) {
        for (Node up = node.getParent(); up != null && up != area; up = up.getParent()) {
            if (up instanceof TableView<?> || up instanceof ListView<?> || up instanceof javafx.scene.control.TreeTableView<?>
                    || up instanceof javafx.scene.control.TextArea) {
                return true;
            }
        }
        return false;
    }

    private static boolean mustBeNamed(Node node) {
        return node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof TextInputControl
                || node instanceof CheckBox || node instanceof Slider;
    }

    private static boolean mustBeReachable(Node node) {
        return (node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof TextInputControl
                || node instanceof Slider || node instanceof TableView<?> || node instanceof ListView<?>)
                && !((Control) node).isDisabled() && !insideCell(node) && !(node instanceof ScrollBar);
    }

    /** Controls inside a table or list row are reached through the row (Enter, the context menu key). */
    private static boolean exempt(Node node) {
        return insideCell(node) || Boolean.TRUE.equals(node.getProperties().get("a11y.reachedAnotherWay"));
    }

    private static boolean insideCell(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof IndexedCell<?> || up.getStyleClass().contains("column-header")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parts of a control's own skin (a combo box's text field and list, a menu bar's titles, reached
     * with Alt and the underlined letter) are named and reached through the control itself.
     */
    private static boolean insideSkin(Node node) {
        if ("list-view".equals(node.getId())) {
            return true;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ComboBoxBase<?> || up instanceof MenuBar || up instanceof javafx.scene.control.Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasName(Node node, Set<Node> labelled) {
        String accessible = node.getAccessibleText();
        if (accessible != null && !accessible.isBlank()) {
            return true;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return true;
        }
        return labelled.contains(node);
    }

    /** True when the node and every parent are visible and it lies at least partly within the window. */
    private static boolean isShown(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds != null && bounds.getWidth() > 0 && bounds.getHeight() > 0;
    }

    /** The text a Labeled actually draws: its skin puts "…" into this Text when it runs short of room. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    private static boolean isTruncated(Labeled labeled) {
        String full = labeled.getText();
        String shown = shownText(labeled);
        if (full == null || full.isBlank() || shown == null) {
            return false;
        }
        String ellipsis = labeled.getEllipsisString();
        return shown.endsWith(ellipsis) && !full.endsWith(ellipsis) || shown.isEmpty();
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + text;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}
