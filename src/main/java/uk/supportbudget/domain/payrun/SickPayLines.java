package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.StatutorySickPayDays;
import uk.supportbudget.domain.payroll.StatutorySickPayDays.Day;
import uk.supportbudget.domain.payroll.StatutorySickPayDays.Status;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.DateRange;

/**
 * The Statutory Sick Pay lines of one PA's pay run: every recorded sickness is worked through day by day
 * ({@link StatutorySickPayDays}), so the run pays the qualifying days in the period it covers knowing the
 * waiting days served and the weeks used earlier in the same linked spell, in earlier runs and tax years.
 * One pay line per linked spell, each with its sentence; a warning when the 28 weeks run out.
 */
final class SickPayLines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    /** SSP averages earnings over the eight weeks before the spell starts. */
    private static final int RELEVANT_WEEKS = 8;
    /** Weeks of SSP used after which the run warns about form SSP1 if the sickness goes on. */
    private static final int SSP1_NOTICE_WEEKS = 22;

    private SickPayLines() {
    }

    /** @param days each day paid SSP by these elements, with its amount */
    record Result(List<PayElement> elements, List<String> warnings, Map<LocalDate, Money> days) {
    }

    static Result lines(PayRunAssembler.Input in, DateRange covered, Money payForWork) {
        List<StatutorySickPayDays.Sickness> sickness = in.absences().stream()
                .filter(a -> a.kind() == AbsenceKind.SICKNESS && a.employeeId() == in.employee().id())
                .filter(a -> !a.days().first().isAfter(covered.last()))
                .map(a -> new StatutorySickPayDays.Sickness(a.days().first(), a.days().last(), a.qualifyingDays())).toList();
        List<PayElement> elements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<LocalDate, Money> paid = new java.util.TreeMap<>();
        if (sickness.isEmpty()) {
            return new Result(elements, warnings, paid);
        }
        List<Day> days = StatutorySickPayDays.days(sickness, in.ratesForYear(), start -> averageWeeklyEarnings(in, start, payForWork));
        Map<LocalDate, List<Day>> bySpell = new LinkedHashMap<>();
        List<Day> outsideAnyPeriod = new ArrayList<>();
        // Sickness recorded after an earlier period's run was finalised: its payable days that no run paid are owed now.
        Map<SickPayPaid.FinalisedPeriod, List<Day>> arrears = new LinkedHashMap<>();
        SickPayPaid before = in.sickPayPaid();
        for (Day day : days) {
            if (before.paid(day.date())) {
                continue;
            }
            if (day.date().isBefore(covered.first()) && day.status() == Status.PAYABLE) {
                before.periodOf(day.date()).ifPresent(period -> arrears.computeIfAbsent(period, k -> new ArrayList<>()).add(day));
                continue;
            }
            if (!covered.contains(day.date())) {
                continue;
            }
            if (day.spell() == null) {
                outsideAnyPeriod.add(day);
            } else {
                bySpell.computeIfAbsent(day.spell().starts(), k -> new ArrayList<>()).add(day);
            }
        }
        if (!outsideAnyPeriod.isEmpty()) {
            int minimum = in.ratesForYear().apply(uk.supportbudget.domain.money.TaxYear.containing(outsideAnyPeriod.get(0).date()))
                    .statutorySickPay().periodOfIncapacityMinimumDays();
            elements.add(new PayElement(PayElement.Kind.SICK_PAY, "Statutory Sick Pay", 0, 0, null, Money.ZERO, "Sickness on "
                    + outsideAnyPeriod.size() + " qualifying day(s) in this period (" + dates(outsideAnyPeriod) + "): fewer than " + minimum
                    + " days of sickness in a row is not a period of incapacity for work, and it is not linked to one, so no Statutory Sick Pay is due."));
        }
        for (Map.Entry<SickPayPaid.FinalisedPeriod, List<Day>> owed : arrears.entrySet()) {
            elements.add(arrearsLine(owed.getKey(), owed.getValue()));
            owed.getValue().forEach(d -> paid.put(d.date(), d.amount()));
        }
        for (List<Day> spellDays : bySpell.values()) {
            spellLine(in, spellDays, days, warnings).ifPresent(elements::add);
            spellDays.stream().filter(d -> d.status() == Status.PAYABLE).forEach(d -> paid.put(d.date(), d.amount()));
        }
        return new Result(elements, warnings, paid);
    }

    /**
     * SSP owed for qualifying days in an earlier period whose run was finalised before the sickness was recorded:
     * paid now, each day at the rate it earned then, so the linked spell's waiting days and weeks stay as they were.
     */
    private static PayElement arrearsLine(SickPayPaid.FinalisedPeriod period, List<Day> owed) {
        Money amount = owed.stream().map(Day::amount).reduce(Money.ZERO, Money::plus);
        Map<String, List<Day>> byRate = new LinkedHashMap<>();
        owed.forEach(d -> byRate.computeIfAbsent(d.weeklyRate().pence() + "/" + d.qualifyingDaysInWeek(), k -> new ArrayList<>()).add(d));
        List<String> parts = new ArrayList<>();
        for (List<Day> group : byRate.values()) {
            Day first = group.get(0);
            parts.add(group.size() + " qualifying day(s) at " + first.weeklyRate().display() + " a week ÷ " + first.qualifyingDaysInWeek()
                    + " qualifying days = " + group.stream().map(Day::amount).reduce(Money.ZERO, Money::plus).display());
        }
        String text = "SSP arrears for " + span(owed.get(0).date(), owed.get(owed.size() - 1).date()) + ", recorded after the pay run for "
                + period.workPeriod().display() + " (paid " + period.payDate().format(DAY) + ") was finalised, so that run did not pay them: "
                + String.join(", ", parts) + ", in all " + amount.display() + ". These days count in the spell that began "
                + owed.get(0).spell().starts().format(DAY) + " as if paid on time; no day is paid twice.";
        Money weekly = owed.get(owed.size() - 1).weeklyRate();
        return new PayElement(PayElement.Kind.SICK_PAY, "Statutory Sick Pay arrears", 0, owed.size(), weekly, amount, text);
    }

    /** "3–5 May 2026", "30 Apr – 2 May 2026" or "3 May 2026". */
    private static String span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return first.format(DAY);
        }
        if (first.getMonth() == last.getMonth() && first.getYear() == last.getYear()) {
            return first.getDayOfMonth() + "–" + last.format(DAY);
        }
        return first.format(first.getYear() == last.getYear() ? DateTimeFormatter.ofPattern("d MMM") : DAY) + " – " + last.format(DAY);
    }

    private static Optional<PayElement> spellLine(PayRunAssembler.Input in, List<Day> inPeriod, List<Day> all, List<String> warnings) {
        StatutorySickPayDays.Spell spell = inPeriod.get(0).spell();
        Day last = inPeriod.get(inPeriod.size() - 1);
        Money amount = inPeriod.stream().map(Day::amount).reduce(Money.ZERO, Money::plus);
        int payable = (int) inPeriod.stream().filter(d -> d.status() == Status.PAYABLE).count();
        long waiting = inPeriod.stream().filter(d -> d.status() == Status.WAITING).count();
        long overMaximum = inPeriod.stream().filter(d -> d.status() == Status.MAXIMUM_REACHED).count();
        long overThreeYears = inPeriod.stream().filter(d -> d.status() == Status.SPELL_OVER_THREE_YEARS).count();
        long belowLimit = inPeriod.stream().filter(d -> d.status() == Status.BELOW_LOWER_EARNINGS_LIMIT).count();
        long longTermSick = inPeriod.stream().filter(d -> d.status() == Status.SICK_SINCE_BEFORE_22_SEPTEMBER_2025).count();
        long rateProtected = inPeriod.stream().filter(Day::rateProtected).count();
        boolean waitingEarlier = all.stream().anyMatch(d -> d.spell() == spell && d.status() == Status.WAITING && d.date().isBefore(inPeriod.get(0).date()));
        boolean spellBeganEarlier = spell.starts().isBefore(inPeriod.get(0).date());

        List<String> parts = new ArrayList<>();
        // Payable days grouped by their day rate (the rate changes each April, and with the PA's qualifying days).
        Map<String, List<Day>> byRate = new LinkedHashMap<>();
        inPeriod.stream().filter(d -> d.status() == Status.PAYABLE).forEach(d -> byRate.computeIfAbsent(d.weeklyRate().pence() + "/" + d.qualifyingDaysInWeek(),
                k -> new ArrayList<>()).add(d));
        for (List<Day> group : byRate.values()) {
            Day first = group.get(0);
            Money subtotal = group.stream().map(Day::amount).reduce(Money.ZERO, Money::plus);
            parts.add(group.size() + " qualifying day(s) at " + first.weeklyRate().display() + " a week ÷ " + first.qualifyingDaysInWeek()
                    + " qualifying days = " + subtotal.display());
        }
        StringBuilder text = new StringBuilder("SSP for the spell of sickness that began " + spell.starts().format(DAY) + ": ");
        text.append(parts.isEmpty() ? "no days paid in this period" : String.join(", ", parts));
        text.append(", in all ").append(amount.display()).append(".");
        if (waiting > 0) {
            text.append(" ").append(waiting).append(" waiting day(s) in this period are unpaid (the first ")
                    .append(in.ratesForYear().apply(uk.supportbudget.domain.money.TaxYear.containing(inPeriod.get(0).date())).statutorySickPay().waitingDays())
                    .append(" qualifying days of a spell).");
        } else if (waitingEarlier) {
            text.append(" Waiting days were served earlier in this linked spell, so none are due again.");
        } else if (spellBeganEarlier && payable > 0 && in.ratesForYear().apply(uk.supportbudget.domain.money.TaxYear.containing(last.date()))
                .statutorySickPay().waitingDays() == 0) {
            text.append(" No waiting days apply from 6 April 2026.");
        }
        if (spellBeganEarlier) {
            text.append(" Periods of sickness no more than 8 weeks apart link, so this counts as one spell from ").append(spell.starts().format(DAY))
                    .append("; its average weekly earnings of ").append(spell.averageWeeklyEarnings().display()).append(" were taken when it began.");
        } else {
            text.append(" Average weekly earnings ").append(spell.averageWeeklyEarnings().display()).append(".");
        }
        if (belowLimit > 0) {
            text.append(" No SSP: average weekly earnings of ").append(spell.averageWeeklyEarnings().display())
                    .append(" were below the lower earnings limit when the spell began.");
        }
        if (rateProtected > 0) {
            text.append(" ").append(rateProtected).append(" qualifying day(s) are paid at the full flat rate rather than 80% of average weekly")
                    .append(" earnings: ").append(in.employee().fullName()).append(" was already getting SSP before the rules changed on 6 April 2026")
                    .append(" and has been off sick since, so the transitional protection keeps the flat rate until they return to work.");
        }
        if (longTermSick > 0) {
            text.append(" No SSP for ").append(longTermSick).append(" qualifying day(s): ").append(in.employee().fullName())
                    .append(" has been off sick without a break since before 22 September 2025 and was not getting SSP, so under the")
                    .append(" transitional rules for 6 April 2026 the rate is £0 a week until they return to work.");
        }
        text.append(" ").append(last.weeksUsed()).append(" of ").append(last.maximumWeeks()).append(" weeks of SSP used in this spell.");
        if (overMaximum > 0) {
            LocalDate lastPaid = all.stream().filter(d -> d.spell() == spell && d.status() == Status.PAYABLE).map(Day::date)
                    .reduce((a, b) -> b).orElse(spell.starts());
            text.append(" The 28 weeks ran out after ").append(lastPaid.format(DAY)).append(": ").append(overMaximum)
                    .append(" qualifying day(s) in this period are not paid.");
            warnings.add(in.employee().fullName() + " has had the most Statutory Sick Pay allowed for this spell (28 weeks, the last day paid "
                    + lastPaid.format(DAY) + "). Give them form SSP1 within 7 days of SSP ending, so they can claim Universal Credit "
                    + "or Employment and Support Allowance.");
        }
        Optional<Day> later = all.stream().filter(d -> d.spell() == spell && d.date().isAfter(last.date())).reduce((a, b) -> b);
        if (overMaximum == 0 && later.isPresent() && last.partsUsed() >= (long) SSP1_NOTICE_WEEKS * StatutorySickPayDays.PARTS_PER_WEEK) {
            // HMRC: when SSP is expected to go on past 28 weeks, form SSP1 is due by the start of the 23rd week.
            Optional<LocalDate> ends = later.get().status() != Status.MAXIMUM_REACHED ? Optional.empty()
                    : all.stream().filter(d -> d.spell() == spell && d.status() == Status.PAYABLE).map(Day::date).reduce((a, b) -> b);
            warnings.add(in.employee().fullName() + " has had " + last.weeksUsed() + " weeks of Statutory Sick Pay in this spell and is recorded "
                    + "as still off sick" + ends.map(d -> ", past the 28 weeks, which end after " + d.format(DAY)).orElse("")
                    + ". If SSP will run out, give them form SSP1 now (by the start of the 23rd week).");
        }
        if (overThreeYears > 0) {
            text.append(" Linked periods of sickness have lasted more than three years, so no more SSP is due for them.");
            warnings.add(in.employee().fullName() + "'s linked sickness has lasted more than three years, so Statutory Sick Pay has ended; "
                    + "give them form SSP1.");
        }
        Money weekly = last.weeklyRate();
        return Optional.of(new PayElement(PayElement.Kind.SICK_PAY, "Statutory Sick Pay", 0, payable, weekly.isZero() ? null : weekly, amount,
                text.toString()));
    }

    private static String dates(List<Day> days) {
        return String.join(", ", days.stream().map(d -> d.date().format(DAY)).toList());
    }

    /**
     * Average weekly earnings for SSP: pay in the eight weeks before the spell began; monthly pay is turned
     * into weekly pay as months × 12 ÷ 52. With no earlier pay, this period's pay is used.
     */
    static Money averageWeeklyEarnings(PayRunAssembler.Input in, LocalDate sickFrom, Money payThisPeriod) {
        PayFrequency frequency = in.taxPeriod().frequency();
        LocalDate from = sickFrom.minusWeeks(RELEVANT_WEEKS);
        Money total = Money.ZERO;
        int periods = 0;
        for (PayRunAssembler.PastPay past : in.history()) {
            if (!past.payDate().isBefore(from) && past.payDate().isBefore(sickFrom)) {
                total = total.plus(past.gross());
                periods++;
            }
        }
        if (periods == 0) {
            total = payThisPeriod;
            periods = 1;
        }
        long numerator = frequency == PayFrequency.MONTHLY ? total.pence() * 12 : total.pence();
        long denominator = frequency == PayFrequency.MONTHLY ? 52L * periods : (long) periods * frequency.unitsPerPeriod();
        return Money.ofPence(Math.floorDiv(2 * numerator + denominator, 2 * denominator));
    }
}
