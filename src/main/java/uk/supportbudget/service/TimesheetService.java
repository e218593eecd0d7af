package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.PayPeriods;
import uk.supportbudget.domain.rota.RotaRules;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.report.TimesheetPdf;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.RotaRepository;
import uk.supportbudget.store.TimesheetRepository;

/**
 * Timesheets: made from the rota for a pay period, corrected to what really happened, printed for
 * signature, and marked signed with the scan kept in the book as evidence.
 */
public final class TimesheetService {

    /** A timesheet with its PA's name and pay, for lists. */
    public record Summary(Timesheet timesheet, String personalAssistant, Money pay, int evidenceFiles) {
    }

    /**
     * A timesheet opened for correcting, with what is needed to total it on screen without the book: the
     * PA's contracts and the bank holidays.
     */
    public record Editing(Timesheet timesheet, String personalAssistant, List<Contract> contracts,
                          uk.supportbudget.domain.rota.BankHolidays bankHolidays, List<TimesheetRepository.EvidenceFile> evidence) {

        /** Gross pay for some lines, each under the contract for its day; lines on a day with no contract count nothing. */
        public Money pay(List<TimesheetLine> lines) {
            Money total = Money.ZERO;
            for (TimesheetLine line : lines) {
                Optional<Contract> contract = StaffService.contractOn(contracts, timesheet.employeeId(), line.work().date());
                if (contract.isPresent()) {
                    total = total.plus(ShiftPay.pay(line.work(), contract.get(), bankHolidays).pay());
                }
            }
            return total;
        }
    }

    private final Book book;
    private final TimesheetRepository timesheets;
    private final StaffService staff;
    private final RotaService rota;

    public TimesheetService(Book book) {
        this.book = book;
        this.timesheets = new TimesheetRepository(book);
        this.staff = new StaffService(book);
        this.rota = new RotaService(book);
    }

    /** The pay period containing {@code date} for a PA, by the pay frequency in their contract. */
    public DateRange payPeriod(long employeeId, LocalDate date) {
        Contract contract = contractOn(employeeId, date);
        return PayPeriods.containing(contract.payFrequency(), RotaRules.monday(contract.startsOn()), date);
    }

    private Contract contractOn(long employeeId, LocalDate date) {
        return staff.contractOn(employeeId, date).orElseThrow(() -> new Refusal(staff.employee(employeeId).fullName()
                + " has no contract on " + date + "; add their terms on the Staff page first."));
    }

    /**
     * Makes (or remakes, while still a draft) a PA's timesheet for the pay period containing {@code date}
     * from the shifts on the rota. A signed timesheet is kept as it is and refused.
     */
    public Timesheet generate(long employeeId, LocalDate date) {
        DateRange period = payPeriod(employeeId, date);
        Contract contract = contractOn(employeeId, date);
        return book.inTransaction(connection -> {
            Optional<Timesheet> existing = find(employeeId, period.first());
            List<TimesheetLine> lines = new RotaRepository(book).shifts(period).stream().filter(s -> s.employeeId() == employeeId)
                    .map(TimesheetLine::fromShift).toList();
            if (existing.isPresent()) {
                return timesheets.save(existing.get().withLines(lines));
            }
            return timesheets.save(new Timesheet(0, employeeId, period, contract.payFrequency(), null, lines));
        });
    }

    /** Timesheets for every PA employed in the pay period containing {@code date}; PAs with a signed one are left alone. */
    public List<Timesheet> generateAll(LocalDate date) {
        return book.inTransaction(connection -> {
            List<Timesheet> made = new ArrayList<>();
            for (Employee employee : staff.employees()) {
                if (!employee.employedOn(date) || staff.contractOn(employee.id(), date).isEmpty()) {
                    continue;
                }
                DateRange period = payPeriod(employee.id(), date);
                if (find(employee.id(), period.first()).map(Timesheet::signed).orElse(false)) {
                    continue;
                }
                made.add(generate(employee.id(), date));
            }
            return made;
        });
    }

    private Optional<Timesheet> find(long employeeId, LocalDate first) {
        return timesheets.all().stream().filter(t -> t.employeeId() == employeeId && t.period().first().equals(first)).findFirst();
    }

    public List<Summary> list() {
        List<Summary> summaries = new ArrayList<>();
        for (Timesheet sheet : timesheets.all()) {
            summaries.add(new Summary(sheet, staff.employee(sheet.employeeId()).fullName(), pay(sheet),
                    timesheets.evidence(sheet.id()).size()));
        }
        return summaries;
    }

    public Timesheet get(long id) {
        return timesheets.byId(id).orElseThrow(() -> new Refusal("That timesheet is no longer in the book; reopen the Rota page."));
    }

    public Editing forEditing(long id) {
        Timesheet sheet = get(id);
        List<Contract> contracts = staff.contracts().stream().filter(c -> c.employeeId() == sheet.employeeId()).toList();
        return new Editing(sheet, staff.employee(sheet.employeeId()).fullName(), contracts, rota.bankHolidays(), timesheets.evidence(id));
    }

    /** Saves corrected lines on a draft; a signed timesheet is refused. */
    public Timesheet correct(long id, List<TimesheetLine> lines) {
        return book.inTransaction(connection -> timesheets.save(get(id).withLines(lines)));
    }

    /** Marks a timesheet signed and keeps the signed scan with it, in one step. */
    public Timesheet markSigned(long id, LocalDate signedOn, String fileName, String mediaType, byte[] scan) {
        if (scan == null || scan.length == 0) {
            throw new Refusal("The scan of the signed timesheet is empty; choose the photo or PDF of the signed sheet.");
        }
        return book.inTransaction(connection -> {
            Timesheet sheet = get(id);
            if (sheet.signed()) {
                throw new Refusal("This timesheet was already signed on " + sheet.signedOn() + ".");
            }
            timesheets.attach(id, fileName, mediaType, scan);
            return timesheets.save(sheet.signedOn(signedOn));
        });
    }

    public List<TimesheetRepository.EvidenceFile> evidence(long id) {
        return timesheets.evidence(id);
    }

    public Money pay(Timesheet sheet) {
        return sheet.pay(day -> contractOn(sheet.employeeId(), day), rota.bankHolidays());
    }

    /** The timesheet as a PDF for signature. */
    public byte[] pdf(long id) {
        Timesheet sheet = get(id);
        List<ShiftPay.Result> pay = sheet.lines().stream()
                .map(line -> ShiftPay.pay(line.work(), contractOn(sheet.employeeId(), line.work().date()), rota.bankHolidays())).toList();
        String employer = new BookInfoRepository(book).get().personName();
        return TimesheetPdf.render(new TimesheetPdf.Content(employer, staff.employee(sheet.employeeId()).fullName(), sheet, pay, pay(sheet)));
    }
}
