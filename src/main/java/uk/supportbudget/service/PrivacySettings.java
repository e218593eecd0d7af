package uk.supportbudget.service;

import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookSettingRepository;

/**
 * What each document shows of personal data, and the one choice the person makes about it.
 *
 * <table>
 *   <caption>Masking by document (docs/reliability.md repeats this)</caption>
 *   <tr><th>document</th><th>reader</th><th>shows</th><th>never shows</th></tr>
 *   <tr><td>council return PDF</td><td>the council</td><td>the person's name, date of birth, council
 *       reference, payees; each account as {@code ****4958}, or "Not shown" with the setting off</td>
 *       <td>full account numbers (the book never holds them), PAs' NI numbers and bank details</td></tr>
 *   <tr><td>timesheet PDF</td><td>the PA and the employer</td><td>names, shifts, hours, pay</td>
 *       <td>NI numbers, bank details</td></tr>
 *   <tr><td>{@code ledger}, {@code return} JSON</td><td>the person or their broker</td><td>payees,
 *       amounts, account names</td><td>account numbers, NI numbers, bank details</td></tr>
 *   <tr><td>app screens</td><td>the person</td><td>a PA's NI number as {@code QQ •• •• •• A} and
 *       bank account as {@code ••••4567} until Show is pressed</td><td></td></tr>
 *   <tr><td>logs</td><td>nobody</td><td>event names and exception types</td><td>anything personal</td></tr>
 * </table>
 *
 * Payslips and P60s (pay runs, not yet built) must show a PA's NI number in full, because HMRC
 * and the PA need it there, and their bank account as {@code ••••4567}.
 */
public final class PrivacySettings {

    static final String ACCOUNT_DIGITS = "privacy.councilCopy.accountDigits";

    private final BookSettingRepository settings;

    public PrivacySettings(Book book) {
        this.settings = new BookSettingRepository(book);
    }

    /** Whether the council return shows each account's last four digits (the default) or none. */
    public boolean councilCopyShowsAccountDigits() {
        return !"none".equals(settings.get(ACCOUNT_DIGITS).orElse("last4"));
    }

    public void setCouncilCopyShowsAccountDigits(boolean show) {
        settings.put(ACCOUNT_DIGITS, show ? "last4" : "none");
    }
}
