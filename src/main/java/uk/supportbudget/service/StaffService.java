package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.MinimumWage;
import uk.supportbudget.domain.payroll.MinimumWageBand;
import uk.supportbudget.domain.payroll.MinimumWageRates;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.MinimumWageRules;
import uk.supportbudget.domain.staff.Supplier;
import uk.supportbudget.service.payroll.RatesLoader;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.StaffRepository;

/** Employing PAs: who they are, their terms, the minimum wage, and the reminders an employer needs. */
public final class StaffService {

    /** A PA with the contract in force on the day asked about and what needs doing. */
    public record StaffMember(Employee employee, Optional<Contract> contract, List<String> reminders) {
    }

    /** Everything the Staff page shows. */
    public record Overview(List<StaffMember> employees, List<Supplier> suppliers, List<String> warnings) {
    }

    private final Book book;
    private final StaffRepository staff;

    public StaffService(Book book) {
        this.book = book;
        this.staff = new StaffRepository(book);
    }

    /** The minimum wage rates in the shipped rate files, one set per April. */
    public static List<MinimumWageRates> minimumWages() {
        RatesLoader loader = RatesLoader.standard();
        return loader.availableYears().stream().map(year -> loader.forYear(year).minimumWage()).toList();
    }

    public Overview overview(LocalDate today) {
        List<StaffMember> members = new ArrayList<>();
        Map<Employee, Contract> current = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<Contract> contracts = staff.contracts();
        for (Employee employee : staff.employees()) {
            Optional<Contract> contract = contractOn(contracts, employee.id(), today);
            List<String> reminders = new ArrayList<>(employee.reminders(today));
            if (contract.isPresent() && employee.employedOn(today)) {
                current.put(employee, contract.get());
                reminders.addAll(MinimumWageRules.shortfalls(employee, contract.get(), minimumWages(), today));
            }
            members.add(new StaffMember(employee, contract, reminders));
        }
        MinimumWageRules.aheadOfApril(current, minimumWages(), today).forEach(w -> warnings.add(w.sentence()));
        return new Overview(members, staff.suppliers(), warnings);
    }

    public List<Employee> employees() {
        return staff.employees();
    }

    public Employee employee(long id) {
        return staff.employee(id).orElseThrow(() -> new Refusal("That PA is no longer in the book; reopen the Staff page."));
    }

    public Optional<Contract> contractOn(long employeeId, LocalDate date) {
        return contractOn(staff.contracts(), employeeId, date);
    }

    public List<Contract> contracts() {
        return staff.contracts();
    }

    static Optional<Contract> contractOn(List<Contract> contracts, long employeeId, LocalDate date) {
        return contracts.stream().filter(c -> c.employeeId() == employeeId && c.appliesOn(date))
                .max(Comparator.comparing(Contract::startsOn));
    }

    /** Saves a new PA with their first contract, refusing rates below the minimum for their age; all or nothing. */
    public StaffMember addEmployee(Employee employee, Contract contract) {
        MinimumWageRules.refuseBelowMinimum(employee, contract, minimumWages(), contract.startsOn());
        return book.inTransaction(connection -> {
            Employee saved = staff.add(employee);
            Contract terms = staff.add(contract.withId(0, saved.id()));
            return new StaffMember(saved, Optional.of(terms), saved.reminders(contract.startsOn()));
        });
    }

    public Employee updateEmployee(Employee employee) {
        return staff.update(employee);
    }

    /**
     * New terms from a date: the current contract ends the day before, the new one starts; refused when a
     * rate is below the minimum for the PA's age on the day it applies.
     */
    public Contract changeContract(Contract newTerms) {
        Employee employee = employee(newTerms.employeeId());
        MinimumWageRules.refuseBelowMinimum(employee, newTerms, minimumWages(), newTerms.startsOn());
        return book.inTransaction(connection -> {
            Optional<Contract> current = contractOn(newTerms.employeeId(), newTerms.startsOn());
            if (current.isPresent() && current.get().startsOn().equals(newTerms.startsOn())) {
                return staff.update(newTerms.withId(current.get().id(), newTerms.employeeId()));
            }
            current.ifPresent(old -> staff.update(old.endingOn(newTerms.startsOn().minusDays(1))));
            return staff.add(newTerms.withId(0, newTerms.employeeId()));
        });
    }

    public Supplier addSupplier(Supplier supplier) {
        return staff.add(supplier);
    }

    /** Empty when {@code hourlyRate} meets the minimum for someone born on {@code born} on {@code date}; else the sentence. */
    public static Optional<String> belowMinimum(LocalDate born, boolean apprentice, Money hourlyRate, LocalDate date) {
        int age = java.time.Period.between(born, date).getYears();
        MinimumWage.Check check = MinimumWage.check(minimumWages(), date, age, apprentice, hourlyRate);
        return check.meetsMinimum() ? Optional.empty() : Optional.of(check.message());
    }

    /** The minimum hourly rate for someone born on {@code born}, on {@code date}. */
    public static Money minimumFor(LocalDate born, boolean apprentice, LocalDate date) {
        int age = java.time.Period.between(born, date).getYears();
        return MinimumWage.inForce(minimumWages(), date).hourlyFor(MinimumWageBand.forWorker(age, apprentice));
    }
}
