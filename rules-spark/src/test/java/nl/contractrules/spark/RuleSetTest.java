package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.Test;

/** The shipped rule set: its content hash and its files, through Java serialization as a broadcast ships them. */
class RuleSetTest {
    private static final RuleFile A = new RuleFile("a/x.drl", "rule x".getBytes(UTF_8));
    private static final RuleFile B = new RuleFile("b/y.drl", "rule y".getBytes(UTF_8));

    @Test
    void theHashDependsOnPathsAndContentsNotOnOrder() {
        String hash = RuleSet.of(List.of(A, B)).hash();

        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(RuleSet.of(List.of(B, A)).hash()).isEqualTo(hash);
        assertThat(RuleSet.of(List.of(A, new RuleFile("b/y.drl", "rule z".getBytes(UTF_8)))).hash()).isNotEqualTo(hash);
        assertThat(RuleSet.of(List.of(A, new RuleFile("b/z.drl", B.content()))).hash()).isNotEqualTo(hash);
        assertThat(RuleSet.of(List.of(new RuleFile("a/x.drlrule", new byte[0]),
                new RuleFile("b/y.drl", B.content()))).hash()).as("path and content do not run together")
                .isNotEqualTo(RuleSet.of(List.of(new RuleFile("a/x.drl", "rule".getBytes(UTF_8)), B)).hash());
    }

    @Test
    void theFilesAndHashSurviveSerialization() throws IOException, ClassNotFoundException {
        RuleSet shipped = RuleSet.of(List.of(B, A));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shipped);
        }

        RuleSet received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = (RuleSet) in.readObject();
        }

        assertThat(received.hash()).isEqualTo(shipped.hash());
        assertThat(received.files()).extracting(RuleFile::path).containsExactly("a/x.drl", "b/y.drl");
        assertThat(received.files().get(1).content()).isEqualTo(B.content());
    }
}
