package uk.supportbudget.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.PayeeRule;
import uk.supportbudget.domain.ledger.PayeeRules;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.DuplicatePlanner;
import uk.supportbudget.io.bank.ImportKey;
import uk.supportbudget.io.bank.ImportPlan;
import uk.supportbudget.io.bank.ParsedStatement;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.io.bank.RejectedRow;
import uk.supportbudget.io.bank.StatementReader;
import uk.supportbudget.io.bank.StatementRow;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.ImportRepository;
import uk.supportbudget.store.PayeeRuleRepository;
import uk.supportbudget.store.ReconciliationRepository;

/**
 * Importing a bank or card statement into an account: shared by the import screen and the CLI's
 * {@code import-bank}.
 *
 * <p>{@link #preview} reads the file and says, row by row, what will happen; {@code apply} works
 * the plan out again inside the one write transaction and carries it out, so what the preview
 * showed is what the import does. Rows already in the account (same {@link ImportKey}, counted)
 * are skipped; new rows take their category and funder from the payee rules, or wait for one.
 * All accepted rows are written, with their import batch, or none.
 */
public final class ImportService {

    /** Far bigger than any statement a bank produces; a file this size is the wrong file. */
    private static final long LARGEST_STATEMENT = 64L * 1024 * 1024;

    public ImportService() {
    }

    /** What importing this file into the account would do. Writes nothing, not even the account. */
    public ImportPreview preview(Book book, String accountName, byte[] content, String fileName, ReadOptions options) {
        return preview(book, accountName, content, fileName, options, Progress.NONE);
    }

    /** As {@link #preview(Book, String, byte[], String, ReadOptions)}, reporting and stoppable: it writes nothing either way. */
    public ImportPreview preview(Book book, String accountName, byte[] content, String fileName, ReadOptions options,
                                 Progress progress) {
        String account = requireAccountName(accountName);
        progress.checkCancelled();
        ParsedStatement statement = StatementReader.read(content, fileName, options);
        progress.fraction(0.4);
        return book.read(connection -> plan(book, account, statement, fileName, progress.stage(0.4, 1.0)));
    }

    /** Reads the file and imports it in one go: the CLI's path. */
    public ImportResult apply(Book book, String accountName, byte[] content, String fileName, ReadOptions options) {
        String account = requireAccountName(accountName);
        ParsedStatement statement = StatementReader.read(content, fileName, options);
        return book.inTransaction(connection -> carryOut(book, plan(book, account, statement, fileName, Progress.NONE), Progress.NONE));
    }

    /**
     * Imports what the person saw in the preview. If the book changed since in a way that would
     * change any row's outcome, nothing is imported and the person is asked to look again.
     */
    public ImportResult apply(Book book, ImportPreview previewed) {
        return apply(book, previewed, Progress.NONE);
    }

    /**
     * As {@link #apply(Book, ImportPreview)}, reporting as it goes. The whole import is one
     * transaction: a cancel at any point rolls it back, leaving the book exactly as it was.
     */
    public ImportResult apply(Book book, ImportPreview previewed, Progress progress) {
        Objects.requireNonNull(previewed, "previewed");
        return book.inTransaction(connection -> {
            ImportPreview now = plan(book, previewed.accountName(), previewed.statement(), previewed.fileName(),
                    progress.stage(0, 0.2));
            if (!Objects.equals(now.accountId(), previewed.accountId()) || !now.rows().equals(previewed.rows())) {
                throw new Refusal("The book changed after the preview was made, so nothing was imported;"
                        + " look at the preview again and import from there.");
            }
            return carryOut(book, now, progress.stage(0.2, 1.0));
        });
    }

    /**
     * The stored form of an import key: {@code id:<bank id>} for rows the bank gave an id,
     * {@code <date>|<pence>|<normalised text>} for the rest. Equal keys give equal text.
     */
    public static String storedKey(ImportKey key) {
        if (!key.bankId().isEmpty()) {
            return "id:" + key.bankId();
        }
        return key.date() + "|" + key.pence() + "|" + key.text();
    }

    /**
     * The bytes of a statement file chosen by the person, or a sentence saying why it cannot be
     * read (a folder, missing, unreadable, far too big).
     */
    public static byte[] readStatementFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new Refusal(file + " is a folder, not a statement file; name the file you downloaded from the bank.");
            }
            if (Files.size(file) > LARGEST_STATEMENT) {
                throw new Refusal(file + " is far too big to be a bank statement; check you chose the right file.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Refusal("There is no statement file at " + file + "; check the name and try again.");
        } catch (AccessDeniedException e) {
            throw new Refusal("The statement file " + file + " cannot be read (permission denied); copy it somewhere you can read.");
        } catch (IOException e) {
            throw new Refusal("The statement file " + file + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    private static String requireAccountName(String accountName) {
        if (accountName == null || accountName.isBlank()) {
            throw new Refusal("Please name the account to import into, such as \"Direct payment account\".");
        }
        return accountName.strip();
    }

    /** Works out every row's outcome against the book as it is now. Reads only. */
    private static ImportPreview plan(Book book, String accountName, ParsedStatement statement, String fileName,
                                      Progress progress) {
        Optional<Account> account = new AccountRepository(book).byName(accountName);
        Map<ImportKey, Integer> alreadyInBook = new HashMap<>();
        if (account.isPresent() && !statement.rows().isEmpty()) {
            Map<String, ImportKey> byStoredKey = new HashMap<>();
            for (StatementRow row : statement.rows()) {
                ImportKey key = ImportKey.of(row);
                byStoredKey.putIfAbsent(storedKey(key), key);
            }
            Map<String, Integer> counts = new ImportRepository(book).countsByKey(account.get().id(), byStoredKey.keySet());
            counts.forEach((stored, count) -> alreadyInBook.put(byStoredKey.get(stored), count));
        }
        ImportPlan plan = DuplicatePlanner.plan(statement.rows(), alreadyInBook);
        PayeeRules rules = new PayeeRules(new PayeeRuleRepository(book).all());

        List<ImportPreview.Row> rows = new ArrayList<>(statement.transactionLineCount());
        int looked = 0;
        for (ImportPlan.PlannedRow planned : plan.rows()) {
            if (++looked % 1_000 == 0) {
                progress.report(looked, plan.rows().size());
            }
            StatementRow row = planned.row();
            if (planned.duplicate()) {
                rows.add(new ImportPreview.Row(row.line(), ImportPreview.Status.DUPLICATE, row, null, null, ""));
            } else {
                Optional<PayeeRule> rule = rules.match(row.payee(), row.description(), row.amount());
                rows.add(new ImportPreview.Row(row.line(), ImportPreview.Status.NEW, row,
                        rule.map(PayeeRule::category).orElse(null), rule.map(PayeeRule::funder).orElse(null), ""));
            }
        }
        for (RejectedRow rejected : statement.rejected()) {
            rows.add(ImportPreview.Row.rejected(rejected));
        }
        rows.sort(Comparator.comparingInt(ImportPreview.Row::line));
        String fileNameKept = fileName == null || fileName.isBlank() ? "statement" : fileName;
        return new ImportPreview(fileNameKept, accountName, account.map(Account::id).orElse(null), statement, rows);
    }

    /** Writes the plan: the account if it is new, the batch and the new rows. Inside the caller's transaction. */
    private static ImportResult carryOut(Book book, ImportPreview plan, Progress progress) {
        List<ImportPreview.Row> newRows = plan.newRows();
        Long accountId = plan.accountId();
        boolean created = false;
        if (accountId == null) {
            if (newRows.isEmpty()) {
                return new ImportResult(plan, null, false, null); // nothing to put in a new account
            }
            LocalDate earliest = newRows.stream().map(ImportPreview.Row::date).min(Comparator.naturalOrder()).orElseThrow();
            Account account = new AccountRepository(book).add(
                    new Account(0, plan.accountName(), AccountKind.BANK, "", "", Money.ZERO, earliest));
            accountId = account.id();
            created = true;
        }
        List<ImportRepository.ImportedTransaction> transactions = new ArrayList<>(newRows.size());
        for (ImportPreview.Row row : newRows) {
            StatementRow source = row.source();
            Transaction transaction = new Transaction(0, accountId, source.date(), source.amount(), source.payee(),
                    source.description(), row.category(), row.funder(), "", source.reference(), false, null);
            transactions.add(new ImportRepository.ImportedTransaction(transaction, source.line(), source.bankId(),
                    storedKey(ImportKey.of(source))));
        }
        long batchId = new ImportRepository(book).add(new ImportRepository.Batch(accountId, plan.fileName(),
                plan.format(), plan.rowCount(), plan.importedCount(), plan.duplicateCount(), plan.rejectedCount()),
                transactions, progress.stage(0, 0.9));
        progress.checkCancelled();
        ParsedStatement statement = plan.statement();
        new ReconciliationRepository(book).recordStatementEnd(batchId, statement.closingBalance(),
                statement.closingDate(), statement.balanceCheck().sentence());
        new PayrollService(book).matchPayments(); // wages, HMRC and pension payments in the statement settle what payroll says is owed
        progress.report(1, 1); // the last moment a cancel still rolls everything back
        return new ImportResult(plan, accountId, created, batchId);
    }
}
