package uk.supportbudget.io.bank;

/** What a file turned out to be after looking at its bytes. */
public enum DetectedFormat {
    CSV("csv"),
    QIF("qif"),
    /** OFX 1.x: an SGML header ({@code OFXHEADER:100}) and leaf tags left unclosed. */
    OFX1("ofx"),
    /** OFX 2.x: well-formed XML. */
    OFX2("ofx"),
    /** Santander UK's "Text file (TXT)" download: blocks of Date:/Description:/Amount:/Balance: lines. */
    SANTANDER_TEXT("txt");

    private final String shortName;

    DetectedFormat(String shortName) {
        this.shortName = shortName;
    }

    /** The name the CLI prints as {@code format}. */
    public String shortName() {
        return shortName;
    }
}
