package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.supportbudget.ui.common.Glossary;

/** Every glossary word has a name and a short explanation in the bundle, and search finds them. */
class GlossaryTest {

    @ParameterizedTest
    @EnumSource(Glossary.Term.class)
    void everyTermHasAWordAndAShortPlainExplanation(Glossary.Term term) {
        assertFalse(term.word().startsWith("!"), term.nameKey());
        assertFalse(term.explanation().startsWith("!"), term.textKey());
        long sentences = term.explanation().chars().filter(c -> c == '.').count();
        assertTrue(sentences >= 1 && term.explanation().length() <= 260, term + ": " + term.explanation());
    }

    @Test
    void theWordsTheIssueNamesAreAllThere() {
        Set<String> words = Glossary.all().stream().map(Glossary.Term::word).collect(Collectors.toSet());
        for (String wanted : List.of("Direct payment", "Personal budget", "PAYE", "P45", "P60", "Auto-enrolment",
                "Employment Allowance", "Sleep-in", "Return", "Surplus", "Weeks held", "Reconcile", "Funding component",
                "Contribution", "DBS check", "Right to work")) {
            assertTrue(words.contains(wanted), wanted + " in " + words);
        }
    }

    @Test
    void searchLooksInTheWordsAndTheirExplanations() {
        assertEquals(Glossary.Term.values().length, Glossary.search("").size());
        assertTrue(Glossary.search("surplus").contains(Glossary.Term.SURPLUS));
        assertTrue(Glossary.search("HMRC").contains(Glossary.Term.PAYE), "found through the explanation");
        assertTrue(Glossary.search("zzzz").isEmpty());
    }
}
