package nl.contractrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.contractrules.model.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Documents ordered by their precedence levels, and by a contract's word that one prevails over another. */
class PrecedenceTest {
    private static final List<DocumentLevel> LEVELS = List.of(new DocumentLevel("QUOTE", 1),
            new DocumentLevel("CONDITIONS", 2), new DocumentLevel("SERVICE", 2), new DocumentLevel("TERMS", 2),
            new DocumentLevel("GENERAL", 3));
    /** The SLAs of the service descriptions prevail over the conditions (KPN.DOC.2, C1.DOC.3). */
    private static final List<Prevails> SLA = List.of(new Prevails("SERVICE", "CONDITIONS"));

    @Test
    void theLowerLevelPrevailsAndOneLevelKeepsTheInputOrder() {
        Precedence p = Precedence.of(List.of("GENERAL", "TERMS", "QUOTE", "SERVICE"), LEVELS, List.of());

        assertThat(p.order()).containsExactly("QUOTE", "TERMS", "SERVICE", "GENERAL");
        assertThat(p.prevailing()).isEqualTo("QUOTE");
        assertThat(Precedence.of(List.of("TERMS", "SERVICE"), LEVELS, List.of()).tie()).isTrue();
    }

    @Test
    void aDocumentThatPrevailsOverAnotherOfItsLevelComesFirstAndPrevailsOverIt() {
        Precedence p = Precedence.of(List.of("CONDITIONS", "SERVICE"), LEVELS, SLA);

        assertThat(p.order()).containsExactly("SERVICE", "CONDITIONS");
        assertThat(p.prevailing()).isEqualTo("SERVICE");
    }

    @Test
    void thatWordChangesNoOtherPair() {
        Precedence withTerms = Precedence.of(List.of("CONDITIONS", "SERVICE", "TERMS"), LEVELS, SLA);
        Precedence withQuote = Precedence.of(List.of("CONDITIONS", "SERVICE", "QUOTE"), LEVELS, SLA);

        // SERVICE prevails over CONDITIONS, but not over TERMS, its equal: none prevails over all the others, and
        // CONDITIONS keeps its place before TERMS.
        assertThat(withTerms.order()).containsExactly("SERVICE", "CONDITIONS", "TERMS");
        assertThat(withTerms.prevailing()).isNull();
        assertThat(withQuote.order()).containsExactly("QUOTE", "SERVICE", "CONDITIONS");
        assertThat(withQuote.prevailing()).isEqualTo("QUOTE");
    }

    @Test
    void aDocumentAboveAnotherLevelStillPrevailsWhenTheWordTurnsAPairBelowIt() {
        List<DocumentLevel> levels = List.of(new DocumentLevel("CONDITIONS", 1), new DocumentLevel("QUOTE", 1),
                new DocumentLevel("SERVICE", 2), new DocumentLevel("GENERAL", 3));

        Precedence general = Precedence.of(List.of("GENERAL", "CONDITIONS", "SERVICE"), levels, SLA);
        Precedence quote = Precedence.of(List.of("CONDITIONS", "QUOTE", "SERVICE"), levels, SLA);

        assertThat(general.order()).containsExactly("SERVICE", "CONDITIONS", "GENERAL");
        assertThat(general.prevailing()).isEqualTo("SERVICE");
        // QUOTE prevails over SERVICE, but ties with CONDITIONS: none prevails over all.
        assertThat(quote.order()).containsExactly("QUOTE", "SERVICE", "CONDITIONS");
        assertThat(quote.prevailing()).isNull();
    }

    @Test
    void aDocumentWithoutALevelIsBadInputNamingTheContractsDocuments() {
        assertThatThrownBy(() -> Precedence.of(List.of("QUOTE", "OTHER"), LEVELS, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("documents")
                .hasMessageContaining("is not a document of this contract; documents: [CONDITIONS, GENERAL, "
                        + "QUOTE, SERVICE, TERMS]");
    }
}
