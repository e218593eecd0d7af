package uk.supportbudget.service;

/**
 * What an import did.
 *
 * @param report         the plan that was carried out: the same counts a preview showed
 * @param accountId      the account imported into, or null when nothing could be imported into a new one
 * @param accountCreated whether this import created the account
 * @param batchId        the {@code import_batch} row, or null when nothing was recorded
 */
public record ImportResult(ImportPreview report, Long accountId, boolean accountCreated, Long batchId) {
}
