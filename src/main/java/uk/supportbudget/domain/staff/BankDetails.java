package uk.supportbudget.domain.staff;

import java.util.Objects;

import uk.supportbudget.domain.Refusal;

/** Where a PA's wages go: sort code and an eight-digit account number, masked unless asked for. */
public record BankDetails(SortCode sortCode, String accountNumber) {

    public BankDetails {
        Objects.requireNonNull(sortCode, "sortCode");
        String shown = accountNumber == null ? "" : accountNumber.strip();
        accountNumber = shown.replaceAll("[\\s-]", "");
        if (!accountNumber.matches("\\d{8}")) {
            throw new Refusal("\"" + shown + "\" is not a bank account number; UK account numbers are eight digits.");
        }
    }

    public static BankDetails parse(String sortCode, String accountNumber) {
        return new BankDetails(SortCode.parse(sortCode), accountNumber);
    }

    public String maskedAccount() {
        return "\u2022\u2022\u2022\u2022" + accountNumber.substring(4);
    }

    public String display() {
        return sortCode.display() + "  " + accountNumber;
    }

    public String masked() {
        return sortCode.masked() + "  " + maskedAccount();
    }

    @Override
    public String toString() {
        return masked();
    }
}
