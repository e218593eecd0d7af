package uk.supportbudget.ui.main;

import java.util.function.Function;

import javafx.scene.Node;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import uk.supportbudget.ui.dashboard.DashboardView;
import uk.supportbudget.ui.importing.MoneyPageActions;
import uk.supportbudget.ui.payroll.PayrollView;
import uk.supportbudget.ui.plan.PlanView;
import uk.supportbudget.ui.rota.RotaView;
import uk.supportbudget.ui.staff.StaffView;
import uk.supportbudget.ui.returns.ReturnsView;
import uk.supportbudget.ui.settings.SettingsView;

/** The places on the navigation rail, in order. */
public enum Page {
    DASHBOARD("nav.dashboard", "nav.dashboard.help", Material2AL.DASHBOARD, true, DashboardView::new),
    PLAN("nav.plan", "nav.plan.help", Material2AL.ASSIGNMENT, true, PlanView::new),
    MONEY("nav.money", "nav.money.help", Material2AL.ACCOUNT_BALANCE_WALLET, false, MoneyPageActions::create),
    STAFF("nav.staff", "nav.staff.help", Material2MZ.PEOPLE, true, StaffView::new),
    ROTA("nav.rota", "nav.rota.help", Material2AL.CALENDAR_TODAY, true, RotaView::new),
    PAYROLL("nav.payroll", "nav.payroll.help", Material2MZ.PAYMENTS, true, PayrollView::new),
    RETURNS("nav.returns", "nav.returns.help", Material2AL.DESCRIPTION, true, ReturnsView::new),
    SETTINGS("nav.settings", "nav.settings.help", Material2MZ.SETTINGS, true, SettingsView::new);

    private final String labelKey;
    private final String helpKey;
    private final Ikon icon;
    private final boolean scrolls;
    private final Function<BookSession, Node> factory;

    Page(String labelKey, String helpKey, Ikon icon, boolean scrolls, Function<BookSession, Node> factory) {
        this.labelKey = labelKey;
        this.helpKey = helpKey;
        this.icon = icon;
        this.scrolls = scrolls;
        this.factory = factory;
    }

    /** Pages of text and cards scroll as a whole; a page built round a table lets the table scroll. */
    public boolean scrolls() {
        return scrolls;
    }

    public String labelKey() {
        return labelKey;
    }

    public String helpKey() {
        return helpKey;
    }

    public Ikon icon() {
        return icon;
    }

    public Node create(BookSession session) {
        return factory.apply(session);
    }

    public String id() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
