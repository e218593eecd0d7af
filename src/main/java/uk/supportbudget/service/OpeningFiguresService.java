package uk.supportbudget.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payrun.OpeningFigures;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.service.payroll.RatesLoader;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.OpeningFiguresRepository;
import uk.supportbudget.store.PayRunRepository;
import uk.supportbudget.store.StaffRepository;

/**
 * Figures from before the first pay run in Support Budget, for a payroll taken over mid-year from a
 * payroll bureau or HMRC's Basic PAYE Tools, and the P45 a PA brings from a previous job. They are the
 * starting point of the year's cumulative tax and totals, so they are frozen once a finalised run in the
 * tax year has built on them: a correction then goes through the next pay run.
 */
public final class OpeningFiguresService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final Book book;
    private final OpeningFiguresRepository openings;
    private final PayRunRepository runs;
    private final StaffRepository staff;

    public OpeningFiguresService(Book book) {
        this.book = book;
        this.openings = new OpeningFiguresRepository(book);
        this.runs = new PayRunRepository(book);
        this.staff = new StaffRepository(book);
    }

    /** The PAs, for choosing whose figures to enter. */
    public List<Employee> employees() {
        return staff.employees();
    }

    /** The tax year of {@code today} and the one before (a takeover in April may still need last year's). */
    public static List<TaxYear> yearsOffered(LocalDate today) {
        TaxYear now = TaxYear.containing(today);
        return List.of(now, new TaxYear(now.startYear() - 1));
    }

    /**
     * The PA's opening figures for the year as stored; when no P45 has been entered for the year but the
     * PA started in it with a P45 on their record, that P45's pay, tax and code are offered.
     */
    public OpeningFigures figures(long employeeId, TaxYear year) {
        OpeningFigures stored = openings.find(employeeId, year);
        if (stored.previousEmployment() != null) {
            return stored;
        }
        Optional<Employee> employee = staff.employee(employeeId);
        if (employee.isPresent() && employee.get().starter() == StarterDeclaration.P45 && employee.get().p45() != null
                && TaxYear.containing(employee.get().startDate()).equals(year)) {
            var p45 = employee.get().p45();
            return new OpeningFigures(employeeId, year, new OpeningFigures.PreviousEmployment(p45.previousPay(), p45.previousTax(),
                    p45.taxCode(), p45.taxCode().nonCumulative(), employee.get().studentLoan() != null), stored.thisEmployment());
        }
        return stored;
    }

    /** Why the PA's figures for the year can no longer be changed, or empty while they can. */
    public Optional<String> lockedReason(long employeeId, TaxYear year) {
        Optional<PayRun> first = runs.finalisedFiguresIn(year).stream()
                .filter(run -> run.lines().stream().anyMatch(line -> line.employeeId() == employeeId))
                .min(java.util.Comparator.comparing(PayRun::payDate));
        return first.map(run -> {
            String name = run.lines().stream().filter(l -> l.employeeId() == employeeId).map(PayRunLine::employeeName).findFirst().orElse("This PA");
            return name + " was paid in the pay run of " + run.payDate().format(DAY) + ", which is finalised, and its tax and year-to-date "
                    + "figures for " + year + " were worked out from these figures; changing them now would make the year's figures disagree "
                    + "with what was paid and reported. Put any correction through the next pay run instead.";
        });
    }

    /** Saves the PA's opening figures for the year, unless a finalised run has already built on them. */
    public void save(OpeningFigures figures) {
        save(figures, false);
    }

    /**
     * As {@link #save(OpeningFigures)}; with {@code useP45TaxCode} the tax code on the P45 (with its Week 1/Month 1
     * basis) also becomes the code the PA is paid on, as HMRC asks for a new starter who brings a P45 for this tax year.
     */
    public void save(OpeningFigures figures, boolean useP45TaxCode) {
        book.inTransaction(connection -> {
            saveFigures(figures);
            OpeningFigures.PreviousEmployment p45 = figures.previousEmployment();
            if (useP45TaxCode && p45 != null && p45.taxCode() != null) {
                Employee e = staff.employee(figures.employeeId()).orElseThrow();
                staff.update(new Employee(e.id(), e.fullName(), e.address(), e.dateOfBirth(), e.niNumber(), e.startDate(), e.leaveDate(),
                        e.starter(), e.p45(), p45.taxCode(), e.niCategory(), e.studentLoan(), e.postgraduateLoan(), e.pension(), e.bank(),
                        e.emergencyContact(), e.dbs(), e.rightToWorkCheckedOn(), e.apprentice()));
            }
            return null;
        });
    }

    private void saveFigures(OpeningFigures figures) {
        Employee employee = staff.employee(figures.employeeId())
                .orElseThrow(() -> new Refusal("That PA is no longer in the book; reopen the page."));
        lockedReason(figures.employeeId(), figures.taxYear()).ifPresent(reason -> {
            throw new Refusal(reason);
        });
        if (employee.startDate().isAfter(figures.taxYear().lastDay()) && figures.thisEmployment() != null) {
            throw new Refusal(employee.fullName() + " started on " + employee.startDate().format(DAY) + ", after the end of " + figures.taxYear()
                    + ", so there can be no pay from you in that tax year.");
        }
        openings.save(figures);
    }

    /** The Employment Allowance used in the year before the first run here (nothing when none was entered). */
    public Money allowanceUsedBefore(TaxYear year) {
        return openings.allowanceUsed(year).orElse(Money.ZERO);
    }

    /** Why the Employment Allowance used before can no longer be changed, or empty while it can. */
    public Optional<String> allowanceLockedReason(TaxYear year) {
        return runs.finalisedFiguresIn(year).stream().map(PayRun::payDate).min(LocalDate::compareTo)
                .map(date -> "The pay run of " + date.format(DAY) + " is finalised and took the Employment Allowance left in " + year
                        + " from this figure, so it can no longer be changed.");
    }

    /** Saves the Employment Allowance used before the first run here, refusing more than the year's allowance. */
    public void saveAllowanceUsed(TaxYear year, Money used) {
        allowanceLockedReason(year).ifPresent(reason -> {
            throw new Refusal(reason);
        });
        if (used.isNegative()) {
            throw new Refusal("The Employment Allowance used cannot be negative; type the amount without a minus sign.");
        }
        Money annual = annualAllowance(year);
        if (used.compareTo(annual) > 0) {
            throw new Refusal("The Employment Allowance for " + year + " is " + annual.display() + ", so no more than that can have been used; "
                    + "check the figure against the bureau's records or your Employer Payment Summaries.");
        }
        openings.saveAllowanceUsed(year, used);
    }

    /** The Employment Allowance left for the year: the year's allowance less what was used before and in finalised runs here. */
    public Money allowanceRemaining(TaxYear year) {
        Money inRuns = runs.finalisedFiguresIn(year).stream().map(r -> r.total(PayRunLine::employmentAllowance)).reduce(Money.ZERO, Money::plus);
        Money left = annualAllowance(year).minus(allowanceUsedBefore(year)).minus(inRuns);
        return left.isNegative() ? Money.ZERO : left;
    }

    private static Money annualAllowance(TaxYear year) {
        return RatesLoader.standard().forYear(year).nationalInsurance().employmentAllowance();
    }
}
