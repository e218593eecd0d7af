package uk.supportbudget.io.bank;

/**
 * Which way round a numeric date such as 04/05/2025 is read. UK banks write the day first,
 * so {@link #AUTO} reads a file day-first unless some date in it only makes sense month-first
 * (12/31/2025). The decision is made once per file, never per row: a file that mixed the two
 * would silently swap days and months.
 */
public enum DateOrder {
    AUTO, DMY, MDY
}
