/**
 * Reading bank and card statements: pure code from bytes to rows, with no database.
 *
 * <p>Start at {@link uk.supportbudget.io.bank.StatementReader#read}. It refuses files that are not
 * statements ({@link uk.supportbudget.io.bank.FormatDetector}), decodes the text (UTF-8 with or
 * without a mark, UTF-16 with a mark, Windows-1252), tells CSV, QIF, OFX 1, OFX 2 and Santander's
 * text download apart by content, and returns a {@link uk.supportbudget.io.bank.ParsedStatement}.
 * CSV layouts of UK banks are data in {@code bank/layouts.json}; files we do not recognise are
 * guessed from heading words, then cell contents, and otherwise the caller gets
 * {@link uk.supportbudget.io.bank.ColumnMappingNeeded} to show the column-mapping dialog.
 *
 * <p>Re-imports: {@link uk.supportbudget.io.bank.DuplicatePlanner} compares rows with what the
 * book holds by {@link uk.supportbudget.io.bank.ImportKey}, counting occurrences so identical
 * rows in one file stay separate transactions.
 */
package uk.supportbudget.io.bank;
