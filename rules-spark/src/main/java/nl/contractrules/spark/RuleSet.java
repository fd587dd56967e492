package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;

/**
 * A rule set as the driver broadcasts it, with its content hash, what a result row names in {@code ruleSet}: the
 * bundled rules by name only, as every executor has their executable model on its class path, or the files of an
 * edited rule set as bytes, which each executor compiles.
 *
 * <p>The hash is the SHA-256, in hexadecimal, of the files in path order, each as its path (UTF-8), a zero byte,
 * its length (eight bytes, big-endian) and its content: the same files give the same hash on every machine.
 */
final class RuleSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String hash;
    /** The files of an edited rule set; null for the bundled rules. */
    private final String[] paths;
    private final byte[][] contents;

    private RuleSet(String hash, String[] paths, byte[][] contents) {
        this.hash = hash;
        this.paths = paths;
        this.contents = contents;
    }

    /** The bundled rules: their hash, not their files. */
    static RuleSet bundled() {
        RuleSet files = of(RuleFile.bundled());
        return new RuleSet(files.hash, null, null);
    }

    /** Whether these are the bundled rules, which every JVM has compiled by the build. */
    boolean isBundled() {
        return paths == null;
    }

    /** The rules: the bundled rules' executable model, or the files compiled from DRL. */
    ContractRules rules() {
        return isBundled() ? ContractRules.bundled() : ContractRules.of(files());
    }

    static RuleSet of(List<RuleFile> files) {
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        MessageDigest sha256 = sha256();
        String[] paths = new String[sorted.size()];
        byte[][] contents = new byte[sorted.size()][];
        for (int i = 0; i < paths.length; i++) {
            RuleFile file = sorted.get(i);
            paths[i] = file.path();
            contents[i] = file.content().clone();
            sha256.update(file.path().getBytes(UTF_8));
            sha256.update((byte) 0);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(contents[i].length).array());
            sha256.update(contents[i]);
        }
        return new RuleSet(HexFormat.of().formatHex(sha256.digest()), paths, contents);
    }

    /** The content hash (SHA-256, hexadecimal). */
    String hash() {
        return hash;
    }

    /** The files, in path order; none for the bundled rules. */
    List<RuleFile> files() {
        if (isBundled()) {
            return List.of();
        }
        List<RuleFile> files = new ArrayList<>(paths.length);
        for (int i = 0; i < paths.length; i++) {
            files.add(new RuleFile(paths[i], contents[i].clone()));
        }
        return files;
    }

    /** The SHA-256 of a text, in hexadecimal: the key of the contracts an executor keeps. */
    static String hashOf(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
