package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import uk.supportbudget.domain.staff.PensionNotice;

/** The pension dates recorded for each PA: enrolment information given, opt-out notice received, postponement end. */
public final class PensionNoticeRepository {

    private final Book book;

    public PensionNoticeRepository(Book book) {
        this.book = book;
    }

    /** What is recorded for a PA; all dates empty when nothing is. */
    public PensionNotice of(long employeeId) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT information_given_on, opt_out_received_on, postponed_until FROM pension_notice WHERE employee_id = ?""")) {
                select.setLong(1, employeeId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return PensionNotice.none(employeeId);
                    }
                    return new PensionNotice(employeeId, Columns.date(rows, "information_given_on"), Columns.date(rows, "opt_out_received_on"),
                            Columns.date(rows, "postponed_until"));
                }
            }
        });
    }

    public void save(PensionNotice notice) {
        book.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO pension_notice (employee_id, information_given_on, opt_out_received_on, postponed_until,
                                                created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (employee_id) DO UPDATE SET information_given_on = excluded.information_given_on,
                        opt_out_received_on = excluded.opt_out_received_on, postponed_until = excluded.postponed_until,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""")) {
                upsert.setLong(1, notice.employeeId());
                Columns.date(upsert, 2, notice.informationGivenOn());
                Columns.date(upsert, 3, notice.optOutReceivedOn());
                Columns.date(upsert, 4, notice.postponedUntil());
                Columns.created(book, upsert, 5);
                return upsert.executeUpdate();
            }
        });
    }
}
