package uk.supportbudget.io.bank;

/** The format a caller asks for; {@link #AUTO} looks at the content, not just the file name. */
public enum StatementFormat {
    AUTO, CSV, QIF, OFX
}
