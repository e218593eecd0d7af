package uk.supportbudget.ui.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.returns.ReturnChecks;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.ui.common.I18n;

/**
 * The state of the return wizard, without any nodes: the periods the council expects, the chosen
 * period and funder, the worked-out return and its checks, the PDF made from it, and the history.
 */
public final class ReturnsViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final ObservableList<ReturnService.SuggestedPeriod> periods = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<Funder> funder = new SimpleObjectProperty<>();
    final ObjectProperty<ReturnService.Prepared> prepared = new SimpleObjectProperty<>();
    final ObjectProperty<byte[]> pdf = new SimpleObjectProperty<>();
    final ObservableList<ReturnService.HistoryRow> history = FXCollections.observableArrayList();
    final StringProperty profileName = new SimpleStringProperty("");

    /** A new period or funder makes the preview and PDF stale. */
    ReturnsViewModel() {
        from.addListener((o, was, now) -> forget());
        to.addListener((o, was, now) -> forget());
        funder.addListener((o, was, now) -> forget());
    }

    private void forget() {
        prepared.set(null);
        pdf.set(null);
    }

    ReturnService.Request request() {
        return new ReturnService.Request(from.get(), to.get(), null, funder.get() == null ? null : funder.get().name());
    }

    /**
     * The period to offer first: the latest one that has ended by {@code today} and has not been
     * submitted yet (the return due next), or else the one running now.
     */
    static Optional<ReturnService.SuggestedPeriod> suggest(List<ReturnService.SuggestedPeriod> periods, LocalDate today,
                                                           List<ReturnService.HistoryRow> history) {
        java.util.Set<ReturnPeriod> sent = new java.util.HashSet<>();
        history.forEach(row -> sent.add(row.stored().period()));
        Optional<ReturnService.SuggestedPeriod> ended = periods.stream()
                .filter(p -> p.period().to().isBefore(today) && !sent.contains(p.period())).reduce((a, b) -> b);
        return ended.or(() -> periods.stream().filter(p -> p.period().contains(today)).findFirst())
                .or(() -> periods.stream().findFirst());
    }

    static String periodText(ReturnService.SuggestedPeriod period) {
        return I18n.tr("returns.periodOption", period.period().from().format(DAY), period.period().to().format(DAY),
                period.due().format(DAY));
    }

    static String periodText(ReturnPeriod period) {
        return I18n.tr("returns.period", period.from().format(DAY), period.to().format(DAY));
    }

    /** One check as a sentence for the person. */
    static String findingText(ReturnChecks.Finding finding) {
        return switch (finding.kind()) {
            case EMPTY_PERIOD -> I18n.tr("returns.check.empty");
            case UNCATEGORISED -> I18n.tr("returns.check.uncategorised", finding.count(), finding.amount().display());
            case LEDGER_DIFFERS_FROM_BANK -> I18n.tr("returns.check.difference", finding.amount().display());
            case UNRECONCILED_ACCOUNTS -> I18n.tr("returns.check.unreconciled", finding.detail());
            case NO_EVIDENCE -> I18n.tr("returns.check.noEvidence", finding.count(), finding.amount().display());
            case HMRC_LATE -> I18n.tr("returns.check.hmrcLate", finding.detail());
            case HMRC_MISSING -> I18n.tr("returns.check.hmrcMissing", finding.detail());
            case NOT_IN_PLAN -> I18n.tr("returns.check.notInPlan", finding.detail(), finding.amount().display());
            case NOT_ALLOWED -> I18n.tr("returns.check.notAllowed", finding.count(), finding.amount().display());
            case CHANGED_AFTER_RECONCILING -> I18n.tr("returns.check.changedAfterReconciling", finding.count(), finding.detail());
            case WAGES_DIFFER_FROM_PAYSLIPS -> I18n.tr("returns.check.wagesDiffer", finding.count(), finding.detail());
        };
    }

    /** How a kept return stands: submitted, replaced by a later one, or changed since it was sent. */
    static String statusText(ReturnService.HistoryRow row) {
        String when = row.stored().submittedAt().length() >= 10 ? LocalDate.parse(row.stored().submittedAt()
                .substring(0, 10)).format(DAY) : row.stored().submittedAt();
        return switch (row.stored().status()) {
            case SUPERSEDED -> I18n.tr("returns.status.superseded", when);
            case SUBMITTED -> row.changedSinceSubmitted() ? I18n.tr("returns.status.changed", when)
                    : I18n.tr("returns.status.submitted", when);
        };
    }

    static String coversText(Funder funder) {
        return funder == null ? I18n.tr("returns.combined") : funder.label();
    }
}
