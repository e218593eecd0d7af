package uk.supportbudget.service;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.RotaRules;
import uk.supportbudget.domain.rota.Shift;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.domain.staff.BankDetails;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.DbsCheck;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.NiNumber;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.domain.staff.Supplier;
import uk.supportbudget.store.Book;

/**
 * The example book's staff: Jordan Ellis (20 hours a week of day shifts and a sleep-in on Wednesdays)
 * and Priya Shah (irregular hours, 8 to 12 a week), both employed since before the book's history
 * begins, with their rota from then to a few weeks ahead, a pay rise every April (so every rate stays
 * above that year's National Living Wage), holidays, one spell of sickness, and signed timesheets for
 * the months gone by. Brightside Home Care stays a supplier. Dates follow the plan year, so the same
 * day gives the same book.
 */
final class DemoStaff {

    private final Book book;
    private final LocalDate today;
    private final LocalDate history;
    private final LocalDate planStart;

    DemoStaff(Book book, LocalDate today, LocalDate history, LocalDate planStart) {
        this.book = book;
        this.today = today;
        this.history = history;
        this.planStart = planStart;
    }

    void fill() {
        StaffService staff = new StaffService(book);
        RotaService rota = new RotaService(book);
        TimesheetService timesheets = new TimesheetService(book);

        Employee jordan = staff.addEmployee(new Employee(0, DemoBook.PA_ONE, "14 Mill Lane, Westbury WS4 7QT", LocalDate.of(1994, 3, 2),
                NiNumber.parse("QQ 12 34 56 A"), planStart.minusYears(3).minusMonths(3), null, StarterDeclaration.A, null,
                TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.ENROLLED, BankDetails.parse("20-45-77", "41234567"),
                "Sam Ellis (partner) 07700 900123", new DbsCheck(today.minusYears(3).plusWeeks(5), "001736492851"),
                planStart.minusYears(3).minusMonths(3).minusWeeks(1), false),
                jordanTerms(history)).employee();
        Employee priya = staff.addEmployee(new Employee(0, DemoBook.PA_TWO, "3 Orchard Court, Westbury WS2 1HD", LocalDate.of(1999, 11, 20),
                NiNumber.parse("QQ 65 43 21 B"), history.minusMonths(8), null, StarterDeclaration.P45,
                new uk.supportbudget.domain.staff.P45Figures(Money.parse("3120.00"), Money.parse("102.40"), TaxCode.parse("1257L")),
                TaxCode.parse("1257L"), NiCategory.A, uk.supportbudget.domain.payroll.StudentLoanPlan.PLAN_2, false,
                PensionStatus.NOT_ELIGIBLE, BankDetails.parse("30-90-12", "87654321"), "Anil Shah (father) 07700 900456",
                new DbsCheck(history.minusMonths(9), "001928374650"), history.minusMonths(8).minusDays(5), false),
                priyaTerms(history)).employee();
        for (LocalDate april = nextApril(history); !april.isAfter(today); april = april.plusYears(1)) {
            staff.changeContract(jordanTerms(april).withId(0, jordan.id()));
            staff.changeContract(priyaTerms(april).withId(0, priya.id()));
        }
        staff.addSupplier(new Supplier(0, DemoBook.AGENCY, Supplier.Kind.AGENCY, "Rota office 01632 960555",
                Money.parse("24.50"), "Weekend care, 4 hours a week, invoiced monthly"));

        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            rota.addPattern(new RotaPattern(0, jordan.id(), day, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, history, null));
        }
        rota.addPattern(new RotaPattern(0, jordan.id(), DayOfWeek.WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(7, 0), ShiftType.SLEEP_IN,
                history, null));
        for (DayOfWeek day : EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
            rota.addPattern(new RotaPattern(0, priya.id(), day, LocalTime.of(14, 0), LocalTime.of(18, 0), ShiftType.DAY, history, null));
        }

        // Time away, booked before the rota is made so the patterns leave those days for cover.
        LocalDate lastSummer = RotaRules.monday(planStart.minusWeeks(33));
        rota.bookAbsence(Absence.holiday(jordan.id(), new DateRange(lastSummer, lastSummer.plusDays(4)), new BigDecimal("20"),
                "Week away"));
        LocalDate priyaChristmas = RotaRules.monday(planStart.minusWeeks(14)).plusDays(1);
        rota.bookAbsence(Absence.holiday(priya.id(), new DateRange(priyaChristmas, priyaChristmas.plusDays(2)), new BigDecimal("8"),
                "Christmas with family"));
        LocalDate jordanHoliday = RotaRules.monday(planStart.plusWeeks(10));
        rota.bookAbsence(Absence.holiday(jordan.id(), new DateRange(jordanHoliday, jordanHoliday.plusDays(4)), new BigDecimal("20"),
                "Family holiday"));
        LocalDate sick = RotaRules.monday(planStart.plusWeeks(18)).plusDays(1);
        rota.bookAbsence(Absence.sickness(jordan.id(), new DateRange(sick, sick.plusDays(2)), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                "Flu"));
        LocalDate priyaDayOff = RotaRules.monday(today).plusDays(3);
        rota.bookAbsence(Absence.holiday(priya.id(), new DateRange(priyaDayOff, priyaDayOff), new BigDecimal("4"), "Graduation"));

        LocalDate rotaEnd = RotaRules.monday(today).plusWeeks(5).minusDays(1);
        rota.generate(new DateRange(history, rotaEnd));

        // Priya covers two of Jordan's holiday mornings and a day of his sickness; the others are left as gaps.
        cover(rota, priya, jordan, jordanHoliday, AbsenceKind.HOLIDAY);
        cover(rota, priya, jordan, jordanHoliday.plusDays(2), AbsenceKind.HOLIDAY);
        cover(rota, priya, jordan, sick.plusDays(1), AbsenceKind.SICKNESS);
        cover(rota, priya, jordan, lastSummer.plusDays(1), AbsenceKind.HOLIDAY);
        // Priya's irregular hours: a Saturday morning every other week.
        for (LocalDate saturday = history.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)); !saturday.isAfter(rotaEnd);
                saturday = saturday.plusWeeks(2)) {
            rota.addShift(Shift.oneOff(priya.id(), WorkPeriod.on(saturday, LocalTime.of(10, 0), LocalTime.of(14, 0), ShiftType.DAY)));
        }

        // Timesheets: signed for each month gone by, a draft for this month.
        for (LocalDate month = history; month.plusMonths(1).isBefore(today.withDayOfMonth(1).plusDays(1)); month = month.plusMonths(1)) {
            for (Employee pa : new Employee[] {jordan, priya}) {
                Timesheet sheet = timesheets.generate(pa.id(), month);
                LocalDate signed = sheet.period().last().plusDays(2);
                timesheets.markSigned(sheet.id(), signed, "Signed timesheet " + pa.fullName() + " " + month.getMonth() + " " + month.getYear()
                        + ".pdf", "application/pdf", timesheets.pdf(sheet.id()));
            }
        }
        timesheets.generate(jordan.id(), today);
        timesheets.generate(priya.id(), today);
    }

    /**
     * Jordan's terms from a day: the rates of that pay year. Each April the rates go up by 3.5% (this
     * year's are £13.20 an hour by day), which keeps them above the National Living Wage in every year.
     */
    private static Contract jordanTerms(LocalDate from) {
        int year = payYear(from);
        return new Contract(0, 0, from, null, new BigDecimal("20"), false, rate("13.20", year), rate("13.50", year),
                rate("13.80", year), rate("19.80", year), rate("65.00", year), rate("13.50", year), null, 4, PayFrequency.MONTHLY);
    }

    /** Priya's terms from a day: irregular hours at that pay year's rates. */
    private static Contract priyaTerms(LocalDate from) {
        int year = payYear(from);
        return new Contract(0, 0, from, null, null, true, rate("12.90", year), null, rate("13.40", year), rate("19.35", year),
                null, null, null, 1, PayFrequency.MONTHLY);
    }

    /** The calendar year of the April pay rise in force on a day. */
    private static int payYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    private static LocalDate nextApril(LocalDate after) {
        return LocalDate.of(payYear(after) + 1, 4, 1);
    }

    /** A rate as it was (or will be) in {@code year}, from its 2026 figure, 3.5% a year, to the penny. */
    private static Money rate(String in2026, int year) {
        BigDecimal factor = new BigDecimal("1.035").pow(Math.abs(year - 2026));
        BigDecimal pounds = new BigDecimal(in2026);
        BigDecimal scaled = year >= 2026 ? pounds.multiply(factor) : pounds.divide(factor, 10, java.math.RoundingMode.HALF_UP);
        return Money.parse(scaled.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    private static void cover(RotaService rota, Employee who, Employee forWhom, LocalDate date, AbsenceKind reason) {
        rota.addShift(new Shift(0, who.id(), WorkPeriod.on(date, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY), forWhom.id(),
                reason, null, ""));
    }
}
