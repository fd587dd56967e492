package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import nl.contractrules.model.RuleFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** An executor compiles a rule set it has not got from the broadcast bytes, once, and keeps it for later tasks. */
class ExecutorRulesTest {
    @Test
    void aNewRuleSetIsCompiledFromTheBroadcastOncePerJvm() {
        String flag = "SHIPPED_" + UUID.randomUUID().toString().replace("-", "_").toUpperCase();
        RuleSet ruleSet = RuleSet.of(List.of(
                RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst().orElseThrow(),
                new RuleFile("websitenazorg/flag.drl", ("""
                        package websitenazorg;
                        import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                        global Answer answer;
                        rule "WN.X.1 flag" @id("WN.X.1") @seed("s.txt") @section("1")
                        when Incident()
                        then answer.flag("%s");
                        end
                        """.formatted(flag)).getBytes(UTF_8)),
                new RuleFile(RuleFile.FLAGS, (flag + " = a rule set no executor has seen\n").getBytes(UTF_8))));
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        Counters counters = new Counters(spark.sc());
        DecidePartition decide = new DecidePartition(spark.broadcast(ruleSet), ruleSet.hash(),
                spark.broadcast("[{\"id\": \"WN\", \"regime\": \"WEBSITENAZORG_O365\"}]"), Reference.AS_OF, 1000,
                false, Duration.ofSeconds(10), false, counters);
        List<Row> task = List.of(RowFactory.create(1L, "{\"id\": \"a\", \"contract\": \"WN\", \"kind\": \"incident\","
                + " \"input\": {\"reportedAt\": \"2026-11-23T10:00:00+01:00\"}}"));

        List<Row> first = list(decide.call(task.iterator()));
        List<Row> second = list(decide.call(task.iterator()));

        assertThat(counters.loads()).isEqualTo(1);
        assertThat(counters.cpuSeconds()).isPositive();
        assertThat(first.get(0).getString(4)).contains("\"flags\":[\"" + flag + "\"]");
        assertThat(first.get(0).getString(3)).isEqualTo(ruleSet.hash());
        assertThat(second).isEqualTo(first);
    }

    private static List<Row> list(Iterator<Row> rows) {
        List<Row> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }
}
