package uk.supportbudget.domain.payroll;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Rounding;
import uk.supportbudget.domain.money.TaxYear;

/**
 * Statutory Sick Pay worked out day by day over all of a PA's recorded sickness, so that any pay run can
 * pay the days in its own period knowing what the linked spell has already used (SSCBA 1992 ss.148–155):
 * <ul>
 * <li>days of sickness in a row form a <em>period of incapacity for work</em> (PIW) when there are enough of
 * them (four up to 5 April 2026, one from 6 April 2026; the rule of the tax year the run of days ends in);</li>
 * <li>PIWs separated by 56 days or less link into one <em>spell</em>;</li>
 * <li>waiting days (the year's number, none from 6 April 2026) are the first qualifying days of a spell and
 * are served once per spell;</li>
 * <li>average weekly earnings are taken once, at the start of the spell;</li>
 * <li>at most 28 weeks' worth of qualifying days are paid in a spell: a day counts as one week ÷ the
 * qualifying days in that week, so a five-day worker gets 140 days; SSP then stops (form SSP1);</li>
 * <li>a spell of linked PIWs lasting more than three years ends entitlement.</li>
 * </ul>
 * Each day is paid at the rate of the tax year it falls in, with the transitional rules for sickness running
 * across 6 April 2026 (see {@link #NEW_RULES_FROM}). Day amounts telescope: the first n payable days at
 * one weekly rate and pattern come to the weekly rate × n ÷ qualifying days, rounded up to the penny, as
 * HMRC's daily rate tables give them, so whole weeks are paid exactly.
 */
public final class StatutorySickPayDays {

    /** Weeks are counted in 1/420ths, so a day is a whole number of parts for any one to seven qualifying days. */
    public static final int PARTS_PER_WEEK = 420;
    /** A spell of linked PIWs that has lasted three years gives no further SSP (SSCBA 1992 s.153(2)(c)). */
    private static final int SPELL_LIMIT_YEARS = 3;

    /*
     * Sickness running across 6 April 2026, when the Employment Rights Act 2025 ss.10-11 changes came in (in force by
     * S.I. 2026/373). We could not read the regulations' own transitional text; these rules are DWP's transitional
     * guidance for payroll software as employers' bodies report it:
     * - Rate protection: an employee already getting SSP before 6 April 2026 who stays off sick keeps the flat rate
     *   (£123.25) rather than 80% of average weekly earnings, until they return to work, SSP runs out or the contract
     *   ends. Sources: CIPP "Your CIPP" policy update (DWP/DHSC Joint Work and Health Directorate guidance); PAYadvice.UK,
     *   21 Dec 2025; Armstrong Watson, Jan 2026; UKHospitality; A S Robins.
     * - Those serving waiting days, or below the lower earnings limit, on 6 April 2026 get SSP from that day under the
     *   new rules (80% of the spell's average weekly earnings where lower): the ordinary day-by-day rules already do this.
     * - Long-term sickness: someone off sick without a break (no work, no pay) since before 22 September 2025 is entitled
     *   from 6 April 2026 at a rate of £0 a week; one who went back to work on or after that day and fell sick again in a
     *   linked PIW is paid. Source: DWP's further guidance of 9 February 2026, as PAYadvice.UK reported it. We apply it
     *   to those not already getting SSP, the people it is meant for: those already paid are protected above.
     */
    /** The day the Employment Rights Act 2025 SSP rules began. */
    public static final LocalDate NEW_RULES_FROM = LocalDate.of(2026, 4, 6);
    /** Sickness continuous from before this day into 6 April 2026, with no SSP being paid, earns £0 a week from then. */
    public static final LocalDate LONG_TERM_SICK_BEFORE = LocalDate.of(2025, 9, 22);

    private StatutorySickPayDays() {
    }

    /** A recorded run of sickness, with the days of the week the PA would normally work (the qualifying days). */
    public record Sickness(LocalDate first, LocalDate last, Set<DayOfWeek> qualifyingDays) {
        public Sickness {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first) || qualifyingDays.isEmpty()) {
                throw new IllegalArgumentException("Sickness ends before it starts, or has no qualifying days");
            }
            qualifyingDays = Set.copyOf(qualifyingDays);
        }
    }

    /** What a qualifying day of sickness is, for SSP. */
    public enum Status {
        /** Part of a run of sickness too short to be a period of incapacity for work, and not linked to one. */
        NOT_A_PERIOD_OF_INCAPACITY,
        /** Average weekly earnings at the start of the spell were below the lower earnings limit (before April 2026). */
        BELOW_LOWER_EARNINGS_LIMIT,
        /** One of the spell's waiting days: unpaid. */
        WAITING,
        PAYABLE,
        /** The spell has used its 28 weeks: no more SSP. */
        MAXIMUM_REACHED,
        /** The spell of linked periods has lasted more than three years. */
        SPELL_OVER_THREE_YEARS,
        /** Off sick without a break since before 22 September 2025 with no SSP then: £0 a week from 6 April 2026 (transitional). */
        SICK_SINCE_BEFORE_22_SEPTEMBER_2025
    }

    /**
     * One linked spell: when its first PIW began and the average weekly earnings it goes by.
     */
    public record Spell(LocalDate starts, Money averageWeeklyEarnings) {
    }

    /**
     * A qualifying day of sickness.
     *
     * @param spell the linked spell it belongs to, or {@code null} when it is in no PIW
     * @param weeklyRate the weekly SSP rate that applies (zero when none does)
     * @param qualifyingDaysInWeek the PA's qualifying days a week, the day rate's divisor
     * @param waitingDaysServed waiting days served in the spell up to and including this day
     * @param partsUsed the spell's SSP used up to and including this day, in {@link #PARTS_PER_WEEK}ths of a week
     * @param maximumParts the spell's maximum, in the same parts
     * @param rateProtected paid at the flat rate under the transitional protection for those already getting SSP before 6 April 2026
     */
    public record Day(LocalDate date, Status status, Money amount, Money weeklyRate, int qualifyingDaysInWeek, Spell spell,
            int waitingDaysServed, long partsUsed, long maximumParts, boolean rateProtected) {

        public Day(LocalDate date, Status status, Money amount, Money weeklyRate, int qualifyingDaysInWeek, Spell spell, int waitingDaysServed,
                long partsUsed, long maximumParts) {
            this(date, status, amount, weeklyRate, qualifyingDaysInWeek, spell, waitingDaysServed, partsUsed, maximumParts, false);
        }

        /** Weeks of SSP the spell has used after this day, to two decimal places, for sentences. */
        public String weeksUsed() {
            return java.math.BigDecimal.valueOf(partsUsed).divide(java.math.BigDecimal.valueOf(PARTS_PER_WEEK), 2, java.math.RoundingMode.DOWN)
                    .stripTrailingZeros().toPlainString();
        }

        public long maximumWeeks() {
            return maximumParts / PARTS_PER_WEEK;
        }
    }

    /**
     * Every qualifying day of the sickness given, oldest first, with what SSP it earns.
     *
     * @param sickness all of one PA's recorded sickness with this employer, in any order (overlaps are merged, the later record's
     *            qualifying days winning)
     * @param ratesFor the rate table for a tax year
     * @param averageWeeklyEarningsAt average weekly earnings for a spell beginning on a day
     */
    public static List<Day> days(List<Sickness> sickness, Function<TaxYear, RatesTable> ratesFor,
            Function<LocalDate, Money> averageWeeklyEarningsAt) {
        TreeMap<LocalDate, Set<DayOfWeek>> sick = new TreeMap<>();
        for (Sickness run : sickness) {
            for (LocalDate d = run.first(); !d.isAfter(run.last()); d = d.plusDays(1)) {
                sick.put(d, run.qualifyingDays());
            }
        }
        List<List<LocalDate>> runs = new ArrayList<>();
        for (LocalDate d : sick.keySet()) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).get(runs.get(runs.size() - 1).size() - 1).plusDays(1).equals(d)) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(d);
        }

        List<Day> out = new ArrayList<>();
        Spell spell = null;
        LocalDate lastPiwDay = null;
        int waitingServed = 0;
        long partsUsed = 0;
        Map<String, Integer> payableByRate = new HashMap<>();
        for (List<LocalDate> run : runs) {
            LocalDate first = run.get(0);
            LocalDate last = run.get(run.size() - 1);
            StatutorySickPayRates endRules = ratesFor.apply(TaxYear.containing(last)).statutorySickPay();
            boolean piw = run.size() >= endRules.periodOfIncapacityMinimumDays();
            if (!piw) {
                for (LocalDate d : run) {
                    Set<DayOfWeek> qualifying = sick.get(d);
                    if (qualifying.contains(d.getDayOfWeek())) {
                        out.add(new Day(d, Status.NOT_A_PERIOD_OF_INCAPACITY, Money.ZERO, Money.ZERO, qualifying.size(), null, 0, 0, 0));
                    }
                }
                continue;
            }
            StatutorySickPayRates startRules = ratesFor.apply(TaxYear.containing(first)).statutorySickPay();
            boolean linked = spell != null && ChronoUnit.DAYS.between(lastPiwDay, first) - 1 <= startRules.linkingGapMaximumDays();
            if (!linked) {
                spell = new Spell(first, averageWeeklyEarningsAt.apply(first));
                waitingServed = 0;
                partsUsed = 0;
                payableByRate.clear();
            }
            lastPiwDay = last;
            boolean acrossTheChange = first.isBefore(NEW_RULES_FROM) && !last.isBefore(NEW_RULES_FROM);
            boolean paidBeforeTheChange = false;
            for (LocalDate d : run) {
                Set<DayOfWeek> qualifying = sick.get(d);
                if (!qualifying.contains(d.getDayOfWeek())) {
                    continue;
                }
                int perWeek = qualifying.size();
                RatesTable rates = ratesFor.apply(TaxYear.containing(d));
                StatutorySickPayRates rules = rates.statutorySickPay();
                long maximumParts = (long) rules.maximumWeeks() * PARTS_PER_WEEK;
                Money weekly = StatutorySickPay.weeklyRate(rates, spell.averageWeeklyEarnings());
                boolean afterTheChange = acrossTheChange && !d.isBefore(NEW_RULES_FROM);
                boolean rateProtected = afterTheChange && paidBeforeTheChange && weekly.compareTo(rules.weeklyRate()) < 0;
                if (rateProtected) {
                    weekly = rules.weeklyRate();
                }
                Status status;
                Money amount = Money.ZERO;
                if (d.isAfter(spell.starts().plusYears(SPELL_LIMIT_YEARS).minusDays(1))) {
                    status = Status.SPELL_OVER_THREE_YEARS;
                } else if (afterTheChange && !paidBeforeTheChange && first.isBefore(LONG_TERM_SICK_BEFORE)) {
                    status = Status.SICK_SINCE_BEFORE_22_SEPTEMBER_2025;
                    weekly = Money.ZERO;
                } else if (weekly.isZero()) {
                    status = Status.BELOW_LOWER_EARNINGS_LIMIT;
                } else if (waitingServed < rules.waitingDays()) {
                    waitingServed++;
                    status = Status.WAITING;
                } else if (partsUsed + PARTS_PER_WEEK / perWeek > maximumParts) {
                    status = Status.MAXIMUM_REACHED;
                } else {
                    status = Status.PAYABLE;
                    partsUsed += PARTS_PER_WEEK / perWeek;
                    String key = weekly.pence() + "/" + perWeek;
                    int before = payableByRate.getOrDefault(key, 0);
                    payableByRate.put(key, before + 1);
                    amount = Money.ofPence(Rounding.ceilDiv(weekly.pence() * (before + 1), perWeek) - Rounding.ceilDiv(weekly.pence() * before, perWeek));
                    paidBeforeTheChange |= d.isBefore(NEW_RULES_FROM);
                }
                out.add(new Day(d, status, amount, weekly, perWeek, spell, waitingServed, partsUsed, maximumParts, rateProtected));
            }
        }
        return out;
    }
}
