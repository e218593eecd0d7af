package uk.supportbudget.domain.payrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.EmploymentAllowance;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.BankHolidays;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.StaffFixtures;
import uk.supportbudget.service.payroll.RatesLoader;

/** Putting one PA's pay together for a month, from hand-worked cases. */
class PayRunAssemblerTest {

    private static final RatesTable RATES = RatesLoader.standard().forYear(new TaxYear(2026));
    private static final DateRange JUNE = new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    private static final LocalDate PAYDAY = LocalDate.of(2026, 6, 26);
    private static final BankHolidays NONE = new BankHolidays(Map.of());
    private static final Employee PA = StaffFixtures.employee("Robin Hale", LocalDate.of(1990, 2, 3));

    private static Contract contract(String dayRate, String hours, boolean irregular) {
        return new Contract(1, 1, LocalDate.of(2026, 4, 1), null, hours == null ? null : new BigDecimal(hours), irregular,
                Money.parse(dayRate), Money.parse("13.50"), Money.parse("14.00"), Money.parse("19.80"), Money.parse("65.00"),
                Money.parse("13.50"), null, 4, PayFrequency.MONTHLY);
    }

    private static Timesheet sheet(List<WorkPeriod> work) {
        List<TimesheetLine> lines = new ArrayList<>();
        work.forEach(w -> lines.add(new TimesheetLine(0, null, w, "")));
        return new Timesheet(7, 1, JUNE, PayFrequency.MONTHLY, LocalDate.of(2026, 7, 1), lines);
    }

    private static PayRunAssembler.Input input(Contract contract, List<Timesheet> sheets, List<Absence> absences, List<PayRunAssembler.PastPay> history,
            boolean rolledUp, BankHolidays bankHolidays) {
        return new PayRunAssembler.Input(RATES, PayrollCalendar.taxPeriod(PayFrequency.MONTHLY, PAYDAY), PAYDAY, JUNE, PA, day -> contract,
                bankHolidays, sheets, absences, history, YearToDate.NONE, EmploymentAllowance.unused(RATES), PayrollSettings.defaults(),
                StaffFixtures.minimumWages(), rolledUp);
    }

    private static WorkPeriod shift(int day, int from, int to, ShiftType type) {
        return WorkPeriod.on(LocalDate.of(2026, 6, day), LocalTime.of(from, 0), LocalTime.of(to, 0), type);
    }

    private static PayRunLine line(PayRunAssembler.Input input) {
        return PayRunAssembler.assemble(input).orElseThrow().line();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, day of June 2026, from, to, type, awake minutes, element, expected minutes, expected amount
            "weekday day shift, 2, 9, 13, DAY, 0, Day hours, 240, 52.80",
            "Saturday shift at the weekend rate, 6, 9, 13, DAY, 0, Weekend hours, 240, 56.00",
            "night at the night rate, 3, 22, 6, NIGHT, 0, Night hours, 480, 108.00",
            "waking night, 3, 22, 6, WAKING_NIGHT, 0, Waking night hours, 480, 108.00",
            "bank holiday shift type, 4, 9, 12, BANK_HOLIDAY, 0, Bank holiday hours, 180, 59.40",
            "sleep-in flat allowance, 3, 22, 7, SLEEP_IN, 0, Sleep-ins, 0, 65.00",
            "time awake on a sleep-in, 3, 22, 7, SLEEP_IN, 90, Awake during sleep-ins, 90, 20.25",
    })
    void hoursTimesRates(String name, int day, int from, int to, ShiftType type, int awake, String element, long minutes, String amount) {
        WorkPeriod work = shift(day, from, to, type).withAwakeMinutes(type == ShiftType.SLEEP_IN ? awake : 0);
        PayRunLine line = line(input(contract("13.20", "20", false), List.of(sheet(List.of(work))), List.of(), List.of(), false, NONE));
        PayElement found = line.elements().stream().filter(e -> e.description().equals(element)).findFirst().orElseThrow();
        assertEquals(minutes, found.minutes());
        assertEquals(Money.parse(amount), found.amount());
        assertTrue(line.gross().compareTo(found.amount()) >= 0);
        assertEquals(List.of(7L), line.timesheetIds());
    }

    @Test
    void aDayShiftOnABankHolidayTakesThePremium() {
        BankHolidays holidays = new BankHolidays(Map.of(LocalDate.of(2026, 6, 2), "Test holiday"));
        PayRunLine line = line(input(contract("13.20", "20", false), List.of(sheet(List.of(shift(2, 9, 13, ShiftType.DAY)))), List.of(),
                List.of(), false, holidays));
        assertEquals("Bank holiday hours", line.elements().get(0).description());
        assertEquals(Money.parse("79.20"), line.gross());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, irregular, rolled up, holiday hours, expected holiday pay, expected rolled-up pay
            "fixed hours at the day rate, false, false, 8, 105.60, 0.00",
            "irregular hours at average hourly pay, true, false, 8, 120.00, 0.00",
            "irregular hours rolled up: 12.07% of pay for work, true, true, 8, 0.00, 6.37",
    })
    void holidayPay(String name, boolean irregular, boolean rolledUp, String hours, String holiday, String rolled) {
        Absence away = Absence.holiday(1, new DateRange(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16)), new BigDecimal(hours), "");
        // Earlier pay averages £15.00 an hour: £1,500 for 100 hours.
        List<PayRunAssembler.PastPay> history = List.of(new PayRunAssembler.PastPay(LocalDate.of(2026, 5, 28), Money.parse("1500.00"),
                Money.parse("1500.00"), 6000));
        PayRunLine line = line(input(contract("13.20", irregular ? null : "20", irregular), List.of(sheet(List.of(shift(2, 9, 13, ShiftType.DAY)))),
                List.of(away), history, rolledUp, NONE));
        assertEquals(Money.parse(holiday), amount(line, PayElement.Kind.HOLIDAY));
        assertEquals(Money.parse(rolled), amount(line, PayElement.Kind.ROLLED_UP_HOLIDAY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, first sick day, last sick day, expected SSP
            "five working days, 8, 12, 123.25",
            "a whole week and a weekend, 8, 14, 123.25",
            "from April 2026 three days are a period of incapacity too and paid from the first, 8, 10, 73.95",
            "four days running over a weekend: Friday and Monday qualify, 12, 15, 49.30",
    })
    void statutorySickPay2026(String name, int from, int to, String expected) {
        Absence sick = Absence.sickness(1, new DateRange(LocalDate.of(2026, 6, from), LocalDate.of(2026, 6, to)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "");
        List<PayRunAssembler.PastPay> history = List.of(new PayRunAssembler.PastPay(LocalDate.of(2026, 5, 28), Money.parse("1200.00"),
                Money.parse("1200.00"), 5000));
        PayRunLine line = line(input(contract("13.20", "20", false), List.of(sheet(List.of(shift(2, 9, 13, ShiftType.DAY)))), List.of(sick),
                history, false, NONE));
        assertEquals(Money.parse(expected), amount(line, PayElement.Kind.SICK_PAY));
        assertFalse(line.elements().stream().filter(e -> e.kind() == PayElement.Kind.SICK_PAY).findFirst().orElseThrow().explanation().isEmpty());
    }

    @Test
    void sspIsEightyPercentOfLowAverageEarnings() {
        Absence sick = Absence.sickness(1, new DateRange(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 12)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "");
        // £260 a month is £60.00 a week (260 × 12 ÷ 52); 80% is £48.00.
        List<PayRunAssembler.PastPay> history = List.of(new PayRunAssembler.PastPay(LocalDate.of(2026, 5, 28), Money.parse("260.00"),
                Money.parse("260.00"), 1200));
        PayRunLine line = line(input(contract("13.20", "20", false), List.of(sheet(List.of(shift(2, 9, 13, ShiftType.DAY)))), List.of(sick),
                history, false, NONE));
        assertEquals(Money.parse("48.00"), amount(line, PayElement.Kind.SICK_PAY));
    }

    @Test
    void aRateBelowTheLivingWageIsFlaggedWithASentence() {
        PayRunLine line = line(input(contract("12.00", "20", false), List.of(sheet(List.of(shift(2, 9, 13, ShiftType.DAY)))), List.of(),
                List.of(), false, NONE));
        assertTrue(line.belowMinimumWage());
        assertTrue(line.warnings().get(0).contains("below"), line.warnings().get(0));
    }

    @Test
    void nothingToPayGivesNoLine() {
        assertTrue(PayRunAssembler.assemble(input(contract("13.20", "20", false), List.of(), List.of(), List.of(), false, NONE)).isEmpty());
    }

    @Test
    void theEmploymentAllowanceRunsOutPartWay() {
        PayRunAssembler.Input normal = input(contract("13.20", "40", false),
                List.of(sheet(List.of(shift(1, 8, 18, ShiftType.DAY), shift(2, 8, 18, ShiftType.DAY), shift(3, 8, 18, ShiftType.DAY),
                        shift(4, 8, 18, ShiftType.DAY), shift(5, 8, 18, ShiftType.DAY), shift(8, 8, 18, ShiftType.DAY)))),
                List.of(), List.of(), false, NONE);
        Money annual = RATES.nationalInsurance().employmentAllowance();
        PayRunAssembler.Input nearlyUsed = new PayRunAssembler.Input(normal.rates(), normal.taxPeriod(), normal.payDate(), normal.workPeriod(),
                normal.employee(), normal.contractOn(), normal.bankHolidays(), normal.timesheets(), normal.absences(), normal.history(),
                normal.previous(), new EmploymentAllowance(annual, annual.minus(Money.parse("10.00"))), normal.settings(), normal.minimumWages(),
                false);
        PayRunAssembler.Result result = PayRunAssembler.assemble(nearlyUsed).orElseThrow();
        assertEquals(Money.parse("10.00"), result.line().employmentAllowance());
        assertEquals(result.line().employerNi().minus(Money.parse("10.00")), result.line().employerNiDue());
        assertEquals(Money.ZERO, result.allowanceAfter().remaining());
    }

    private static Money amount(PayRunLine line, PayElement.Kind kind) {
        return line.elements().stream().filter(e -> e.kind() == kind).map(PayElement::amount).reduce(Money.ZERO, Money::plus);
    }
}
