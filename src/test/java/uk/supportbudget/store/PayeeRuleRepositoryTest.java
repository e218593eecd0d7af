package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.PayeeRule;

class PayeeRuleRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void rulesAreKeptInTheOrderAddedAndCanBeDeleted() {
        try (Book book = Book.create(folder.resolve("rules.sbook"), "Test", Clock.systemUTC())) {
            PayeeRuleRepository rules = new PayeeRuleRepository(book);
            PayeeRule agency = rules.add(PayeeRule.of("Bright Care", Category.AGENCY_CARE, Funder.COUNCIL));
            PayeeRule bus = rules.add(PayeeRule.of("Stagecoach", Category.TRANSPORT, null));
            assertEquals(List.of(agency, bus), rules.all());
            assertTrue(agency.position() < bus.position());
            assertTrue(rules.delete(agency.id()));
            assertFalse(rules.delete(agency.id()));
            assertEquals(List.of(bus), rules.all());
        }
    }
}
