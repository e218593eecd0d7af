package uk.supportbudget.ui.main;

import java.util.function.Function;

import javafx.scene.Node;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import uk.supportbudget.ui.dashboard.DashboardView;
import uk.supportbudget.ui.ledger.LedgerView;
import uk.supportbudget.ui.placeholder.LaterView;
import uk.supportbudget.ui.plan.PlanView;

/** The places on the navigation rail, in order. */
public enum Page {
    DASHBOARD("nav.dashboard", Material2AL.DASHBOARD, DashboardView::new),
    PLAN("nav.plan", Material2AL.ASSIGNMENT, PlanView::new),
    MONEY("nav.money", Material2AL.ACCOUNT_BALANCE_WALLET, LedgerView::new),
    STAFF("nav.staff", Material2MZ.PEOPLE, session -> new LaterView("staff")),
    ROTA("nav.rota", Material2AL.CALENDAR_TODAY, session -> new LaterView("rota")),
    PAYROLL("nav.payroll", Material2MZ.PAYMENTS, session -> new LaterView("payroll")),
    RETURNS("nav.returns", Material2AL.DESCRIPTION, session -> new LaterView("returns")),
    SETTINGS("nav.settings", Material2MZ.SETTINGS, session -> new LaterView("settings"));

    private final String labelKey;
    private final Ikon icon;
    private final Function<BookSession, Node> factory;

    Page(String labelKey, Ikon icon, Function<BookSession, Node> factory) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.factory = factory;
    }

    public String labelKey() {
        return labelKey;
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
