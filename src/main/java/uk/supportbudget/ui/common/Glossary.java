package uk.supportbudget.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The domain's own words, each with a short plain explanation, kept in the message bundle. Any
 * label can carry its word's explanation as a tooltip and as help for screen readers with one
 * call: {@code Glossary.explain(label, Glossary.Term.WEEKS_HELD)}. The Help page lists them all.
 */
public final class Glossary {

    /** A word people meet in the app, with the keys of its name and its explanation. */
    public enum Term {
        DIRECT_PAYMENT("glossary.directPayment", "glossary.directPayment.text"),
        PERSONAL_BUDGET("glossary.personalBudget", "glossary.personalBudget.text"),
        PHB("glossary.phb", "glossary.phb.text"),
        ISF("glossary.isf", "glossary.isf.text"),
        MANAGED_ACCOUNT("glossary.managedAccount", "glossary.managedAccount.text"),
        PA("glossary.pa", "glossary.pa.text"),
        PAYE("glossary.paye", "glossary.paye.text"),
        NI("glossary.ni", "glossary.ni.text"),
        RTI("glossary.rti", "glossary.rti.text"),
        FPS("glossary.fps", "glossary.fps.text"),
        P45("glossary.p45", "glossary.p45.text"),
        P60("glossary.p60", "glossary.p60.text"),
        AUTO_ENROLMENT("glossary.autoEnrolment", "glossary.autoEnrolment.text"),
        EMPLOYMENT_ALLOWANCE("glossary.employmentAllowance", "glossary.employmentAllowance.text"),
        NLW("glossary.nlw", "glossary.nlw.text"),
        SSP("glossary.ssp", "glossary.ssp.text"),
        SLEEP_IN("glossary.sleepIn", "glossary.sleepIn.text"),
        RETURN("glossary.return", "glossary.return.text"),
        SURPLUS("glossary.surplus", "glossary.surplus.text"),
        WEEKS_HELD("glossary.weeksHeld", "glossary.weeksHeld.text"),
        RECONCILE("glossary.reconcile", "glossary.reconcile.text"),
        FUNDING_COMPONENT("glossary.fundingComponent", "glossary.fundingComponent.text"),
        CONTRIBUTION("glossary.contribution", "glossary.contribution.text"),
        DBS("glossary.dbs", "glossary.dbs.text"),
        RIGHT_TO_WORK("glossary.rightToWork", "glossary.rightToWork.text"),
        PLAN_YEAR("glossary.planYear", "glossary.planYear.text"),
        COUNCIL_PROFILE("glossary.councilProfile", "glossary.councilProfile.text"),
        EVIDENCE("glossary.evidence", "glossary.evidence.text"),
        TAX_CODE("glossary.taxCode", "glossary.taxCode.text"),
        TIMESHEET("glossary.timesheet", "glossary.timesheet.text"),
        HOLIDAY_PAY("glossary.holidayPay", "glossary.holidayPay.text"),
        INSURANCE("glossary.insurance", "glossary.insurance.text");

        private final String nameKey;
        private final String textKey;

        Term(String nameKey, String textKey) {
            this.nameKey = nameKey;
            this.textKey = textKey;
        }

        public String nameKey() {
            return nameKey;
        }

        public String textKey() {
            return textKey;
        }

        /** The word as shown, such as "Weeks held". */
        public String word() {
            return I18n.tr(nameKey);
        }

        /** Two or three plain sentences saying what it means. */
        public String explanation() {
            return I18n.tr(textKey);
        }

        /** Whether the word or its explanation contains {@code search}, ignoring case. */
        public boolean matches(String search) {
            String wanted = search == null ? "" : search.strip().toLowerCase(Locale.UK);
            return wanted.isEmpty() || word().toLowerCase(Locale.UK).contains(wanted)
                    || explanation().toLowerCase(Locale.UK).contains(wanted);
        }
    }

    private Glossary() {
    }

    /** Every term, in alphabetical order of the word shown. */
    public static List<Term> all() {
        return Arrays.stream(Term.values()).sorted((a, b) -> a.word().compareToIgnoreCase(b.word())).toList();
    }

    public static List<Term> search(String text) {
        return all().stream().filter(t -> t.matches(text)).toList();
    }

    /** Gives {@code label} its word's explanation on hover and as help for screen readers; returns the label. */
    public static <T extends Labeled> T explain(T label, Term term) {
        Tooltip tip = new Tooltip(term.word() + ": " + term.explanation());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        label.setTooltip(tip);
        label.setAccessibleHelp(term.explanation());
        if (!label.getStyleClass().contains("glossary-word")) {
            label.getStyleClass().add("glossary-word");
        }
        return label;
    }

    /** Captions used across the pages that are, or hold, a glossary word. */
    private static final java.util.Map<String, Term> CAPTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("dashboard.weeksHeld", Term.WEEKS_HELD),
            java.util.Map.entry("returns.weeksHeld", Term.WEEKS_HELD),
            java.util.Map.entry("returns.surplus", Term.SURPLUS),
            java.util.Map.entry("returns.difference", Term.RECONCILE),
            java.util.Map.entry("plan.funding", Term.FUNDING_COMPONENT),
            java.util.Map.entry("plan.outcomes", Term.PERSONAL_BUDGET),
            java.util.Map.entry("dashboard.in", Term.CONTRIBUTION),
            java.util.Map.entry("dashboard.left", Term.PLAN_YEAR));

    /**
     * Gives a label built by a page's shared builder (a card caption, a heading, a figure's name)
     * its explanation when its text is one of the captions above; other labels are left alone.
     */
    public static <T extends Labeled> T explainIfKnown(T label) {
        for (java.util.Map.Entry<String, Term> caption : CAPTIONS.entrySet()) {
            if (I18n.tr(caption.getKey()).equals(label.getText())) {
                return explain(label, caption.getValue());
            }
        }
        return label;
    }

    public static Optional<Term> find(String word) {
        return Arrays.stream(Term.values()).filter(t -> t.word().equalsIgnoreCase(word.strip())).findFirst();
    }
}
