package uk.supportbudget.ui.rota;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.Holiday;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.service.RotaService;
import uk.supportbudget.ui.common.I18n;

/**
 * The holiday or sickness dialog's state, with no nodes: which PA, which days, the hours of holiday or
 * the qualifying days, and the facts the book gives for them (hours on the rota, usual working days,
 * the shifts that need cover, the holiday balance), from which it says what booking would do.
 */
final class AbsenceFormModel {

    final AbsenceKind kind;
    final ObjectProperty<Employee> employee = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> last = new SimpleObjectProperty<>();
    final StringProperty hours = new SimpleStringProperty("");
    final ObservableSet<DayOfWeek> qualifyingDays = FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
    final StringProperty note = new SimpleStringProperty("");
    /** What the book says about the PA and days chosen; {@code null} while it is being looked up. */
    final ObjectProperty<RotaService.AbsenceFacts> facts = new SimpleObjectProperty<>();
    /** Hours typed by the person rather than filled in from the rota. */
    private boolean hoursTyped;

    AbsenceFormModel(AbsenceKind kind, LocalDate day) {
        this.kind = kind;
        first.set(day);
        last.set(day);
    }

    /** The days chosen, or empty while they are missing or back to front. */
    Optional<DateRange> days() {
        if (first.get() == null || last.get() == null || last.get().isBefore(first.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(first.get(), last.get()));
    }

    void hoursTypedByHand() {
        hoursTyped = true;
    }

    /** Takes in what the book says: the hours on the rota fill in the holiday hours and the usual days tick the qualifying days. */
    void factsLoaded(RotaService.AbsenceFacts loaded) {
        facts.set(loaded);
        if (kind == AbsenceKind.HOLIDAY && !hoursTyped && loaded.hoursOnRota().signum() > 0) {
            hours.set(Times.plain(loaded.hoursOnRota()));
        }
        if (kind == AbsenceKind.SICKNESS && qualifyingDays.isEmpty()) {
            qualifyingDays.addAll(loaded.usualDays().isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : loaded.usualDays());
        }
    }

    /** The time away as typed; refused with the sentence the dialog shows. */
    Absence absence() {
        if (employee.get() == null) {
            throw new Refusal(I18n.tr("absence.needPa"));
        }
        if (first.get() == null || last.get() == null) {
            throw new Refusal(I18n.tr("absence.needDays"));
        }
        DateRange days = new DateRange(first.get(), last.get());
        if (!employee.get().employedOn(days.first()) || !employee.get().employedOn(days.last())) {
            throw new Refusal(I18n.tr("absence.notEmployed", employee.get().fullName()));
        }
        if (kind == AbsenceKind.HOLIDAY) {
            return Absence.holiday(employee.get().id(), days, Times.hours(hours.get()), note.get());
        }
        return Absence.sickness(employee.get().id(), days, Set.copyOf(qualifyingDays), note.get());
    }

    /** What booking holiday does to the balance, once the facts are in; empty for sickness or while anything is missing. */
    Optional<Holiday.Assessment> assessment() {
        if (kind != AbsenceKind.HOLIDAY || facts.get() == null || facts.get().balance().isEmpty() || employee.get() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Holiday.assessBooking(facts.get().balance().get(), Times.hours(hours.get()), employee.get().fullName()));
        } catch (Refusal notHours) {
            return Optional.empty();
        }
    }

    /** The first reason the booking cannot be made, as a sentence; empty when it can. */
    Optional<String> problem() {
        try {
            absence();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
        if (kind == AbsenceKind.HOLIDAY && facts.get() != null && facts.get().balance().isEmpty()) {
            return Optional.of(I18n.tr("absence.noContract", employee.get().fullName()));
        }
        return assessment().flatMap(Holiday.Assessment::refusal);
    }

    /** "Holiday left this leave year: 112 hours now, 92 hours after this booking." */
    String balanceSentence() {
        Optional<Holiday.Assessment> check = assessment();
        if (check.isPresent() && !check.get().refused()) {
            return I18n.tr("absence.balance", Times.plain(check.get().before()), Times.plain(check.get().after()));
        }
        if (check.isPresent()) {
            return I18n.tr("absence.balanceNow", Times.plain(check.get().before()));
        }
        if (facts.get() != null && facts.get().balance().isPresent()) {
            Holiday.Balance balance = facts.get().balance().get();
            BigDecimal left = (balance.irregularHours() ? balance.accrued() : balance.entitlement()).subtract(balance.taken());
            return I18n.tr("absence.balanceNow", Times.plain(left));
        }
        return "";
    }

    /** "3 qualifying days for Statutory Sick Pay in this period." */
    String qualifyingSentence() {
        if (kind != AbsenceKind.SICKNESS) {
            return "";
        }
        try {
            return I18n.tr("absence.qualifying", absence().qualifyingDaysSick());
        } catch (Refusal incomplete) {
            return "";
        }
    }
}
