package uk.supportbudget.ui.setup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.service.SetupService;
import uk.supportbudget.ui.staff.StaffFormModel;
import uk.supportbudget.ui.common.FieldRules;
import uk.supportbudget.ui.common.I18n;

/**
 * The guided setup without a screen: which step is showing, what has been typed, and whether a
 * step's answers can be saved (each problem as one sentence). Every step can be skipped; the
 * book remembers where to continue, so a model can start part-way ({@link #resumeAt}).
 */
public final class SetupWizardModel {

    /** Every step, the first (before the book exists) included. */
    public enum Step {
        WHO, COUNCIL, PLAN, ACCOUNTS, STAFF;

        /** The book's record of progress for this step. */
        SetupService.Step saved() {
            return this == WHO ? SetupService.Step.COUNCIL : SetupService.Step.valueOf(name());
        }

        static Step of(SetupService.Step saved) {
            return saved == SetupService.Step.DONE ? STAFF : valueOf(saved.name());
        }
    }

    public final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WHO);

    // who the book is for, and where it is kept
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    public final ObjectProperty<SetupService.Role> role = new SimpleObjectProperty<>(SetupService.Role.PERSON);
    public final StringProperty keptBy = new SimpleStringProperty("");
    public final ObjectProperty<Path> place = new SimpleObjectProperty<>();

    // the council
    public final StringProperty councilName = new SimpleStringProperty("");
    /** The chosen return profile's id; blank for "not sure yet". */
    public final StringProperty profileId = new SimpleStringProperty("");
    public final StringProperty reference = new SimpleStringProperty("");

    // the plan year and its funding
    public final ObjectProperty<LocalDate> planStart = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> planEnd = new SimpleObjectProperty<>();
    public final ObservableList<FundingComponent> funding = FXCollections.observableArrayList();
    public final ObjectProperty<Funder> funder = new SimpleObjectProperty<>(Funder.COUNCIL);
    public final StringProperty funderName = new SimpleStringProperty("");
    public final ObjectProperty<ManagementMode> mode = new SimpleObjectProperty<>(ManagementMode.DIRECT_PAYMENT);
    public final StringProperty amount = new SimpleStringProperty("");
    public final ObjectProperty<Cycle> cycle = new SimpleObjectProperty<>(Cycle.FOUR_WEEKLY);
    public final ObjectProperty<LocalDate> firstPayment = new SimpleObjectProperty<>();

    // accounts
    public final ObservableList<Account> accounts = FXCollections.observableArrayList();
    public final StringProperty accountName = new SimpleStringProperty("");
    public final ObjectProperty<AccountKind> accountKind = new SimpleObjectProperty<>(AccountKind.BANK);
    public final StringProperty openingBalance = new SimpleStringProperty("0.00");
    public final ObjectProperty<LocalDate> openingOn = new SimpleObjectProperty<>();

    // staff: the PA being typed (the Staff page's own form model, so it is checked the same way) and those saved
    public final StaffFormModel pa = new StaffFormModel();
    public final ObservableList<String> staffAdded = FXCollections.observableArrayList();
    private final LocalDate today;

    public SetupWizardModel(LocalDate today) {
        this.today = today;
        pa.clear(today);
        // the short form has one date: the PA's terms start when they do
        pa.startDate.addListener((o, was, now) -> pa.termsFrom.set(now));
        LocalDate start = today.withDayOfMonth(1);
        planStart.set(start);
        planEnd.set(start.plusYears(1).minusDays(1));
        firstPayment.set(start);
        openingOn.set(today);
    }

    /** A model for a book already made, continuing at the step the book recorded. */
    public static SetupWizardModel resumeAt(SetupService.Step saved, LocalDate today) {
        SetupWizardModel model = new SetupWizardModel(today);
        model.step.set(Step.of(saved));
        return model;
    }

    public boolean isFirst() {
        return step.get() == Step.WHO;
    }

    public boolean isLast() {
        return step.get() == Step.STAFF;
    }

    /** Moves on (after a save or a skip); the last step stays where it is. */
    public void advance() {
        if (!isLast()) {
            step.set(Step.values()[step.get().ordinal() + 1]);
        }
    }

    /** Back one step (the book's own step cannot go back before it exists). */
    public void back() {
        if (step.get().ordinal() > 1) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** What the book will record as the place to continue after {@code current} is done or skipped. */
    public SetupService.Step afterCurrent() {
        return isLast() ? SetupService.Step.DONE : Step.values()[step.get().ordinal() + 1].saved();
    }

    /** 1-based position for "Step 2 of 5". */
    public int position() {
        return step.get().ordinal() + 1;
    }

    public int count() {
        return Step.values().length;
    }

    // ---- what each step would save, or why it cannot ---------------------------------------

    /** The first step cannot be skipped: a book needs a name and a place. */
    public Optional<String> whoProblem() {
        if (name.get() == null || name.get().isBlank()) {
            return Optional.of(I18n.tr("setup.who.nameMissing"));
        }
        if (dateOfBirth.get() != null && dateOfBirth.get().isAfter(openingOn.get())) {
            return Optional.of(I18n.tr("setup.who.bornFuture"));
        }
        if (role.get() != SetupService.Role.PERSON && (keptBy.get() == null || keptBy.get().isBlank())) {
            return Optional.of(I18n.tr("setup.who.keptByMissing"));
        }
        if (place.get() == null) {
            return Optional.of(I18n.tr("setup.who.placeMissing"));
        }
        return Optional.empty();
    }

    /** A suggested file name for the book, from the person's name. */
    public String suggestedFileName() {
        return fileNameFor(name.get());
    }

    static String fileNameFor(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|]", "").strip();
        return (clean.isEmpty() ? "My budget" : clean) + ".sbook";
    }

    public Optional<String> councilProblem() {
        if ((councilName.get() == null || councilName.get().isBlank()) && profileId.get().isBlank()
                && reference.get().isBlank()) {
            return Optional.of(I18n.tr("setup.council.empty"));
        }
        return Optional.empty();
    }

    /** The funding component as typed, or the sentence saying what is wrong. */
    public FundingComponent fundingTyped() {
        Optional<String> problem = FieldRules.amountProblem(amount.get(), false);
        if (problem.isPresent()) {
            throw new Refusal(problem.get());
        }
        if (funder.get() == null || cycle.get() == null || mode.get() == null) {
            throw new Refusal(I18n.tr("setup.plan.chooseAll"));
        }
        Money money = FieldRules.money(amount.get());
        if (!money.isPositive()) {
            throw new Refusal(I18n.tr("setup.plan.amountZero"));
        }
        return new FundingComponent(0, 0, funder.get(), funderName.get(), mode.get(), money, cycle.get(), firstPayment.get());
    }

    /** Adds the typed component to the list and clears the amount for the next one. */
    public Optional<String> addFunding() {
        try {
            funding.add(fundingTyped());
            amount.set("");
            funderName.set("");
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    /** The plan year as typed, or a refusal saying what is wrong. */
    public PlanYear planYear() {
        if (planStart.get() == null || planEnd.get() == null) {
            throw new Refusal(I18n.tr("setup.plan.datesMissing"));
        }
        return new PlanYear(0, planStart.get(), planEnd.get(), "");
    }

    public Optional<String> planProblem() {
        try {
            planYear();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
        return funding.isEmpty() ? Optional.of(I18n.tr("setup.plan.noFunding")) : Optional.empty();
    }

    /** The account as typed, or a refusal saying what is wrong. */
    public Account accountTyped() {
        Optional<String> problem = FieldRules.amountProblem(openingBalance.get(), true);
        if (problem.isPresent()) {
            throw new Refusal(problem.get());
        }
        if (openingOn.get() == null) {
            throw new Refusal(I18n.tr("setup.accounts.dateMissing"));
        }
        if (accounts.stream().anyMatch(a -> a.name().equalsIgnoreCase(accountName.get().strip()))) {
            throw new Refusal(I18n.tr("setup.accounts.duplicate", accountName.get().strip()));
        }
        return new Account(0, accountName.get(), accountKind.get() == null ? AccountKind.BANK : accountKind.get(), "", "",
                FieldRules.money(openingBalance.get()), openingOn.get());
    }

    /** After an account is saved: listed, and the form cleared for another. */
    public void accountSaved(Account saved) {
        accounts.add(saved);
        accountName.set("");
        openingBalance.set("0.00");
    }

    /** A PA and their terms as typed in the staff step. */
    public record NewPa(Employee employee, Contract contract) {
    }

    /** True once a PA's name has been typed: Finish saves them before finishing. */
    public boolean paStarted() {
        return !pa.fullName.get().isBlank();
    }

    /** The PA as typed, or a refusal with the first problem's sentence (the Staff page's own checks). */
    public NewPa paTyped() {
        for (Optional<String> problem : List.of(pa.nameProblem(), pa.rateProblem(pa.dayRate, true), pa.hoursProblem())) {
            if (problem.isPresent()) {
                throw new Refusal(problem.get());
            }
        }
        if (pa.startDate.get() == null) {
            throw new Refusal(I18n.tr("setup.staff.startMissing"));
        }
        return new NewPa(pa.employee(), pa.contract());
    }

    /** After a PA is saved: listed, and the form cleared for the next. */
    public void paSaved(String line) {
        staffAdded.add(line);
        pa.clear(today);
    }

    public List<FundingComponent> fundingList() {
        return List.copyOf(funding);
    }
}
