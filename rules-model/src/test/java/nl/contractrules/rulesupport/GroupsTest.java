package nl.contractrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void needed() {
        assertThat(Groups.needed(0, 6)).isZero();
        assertThat(Groups.needed(1, 6)).isEqualTo(1);
        assertThat(Groups.needed(6, 6)).isEqualTo(1);
        assertThat(Groups.needed(7, 6)).isEqualTo(2);
        assertThat(Groups.needed(12, 6)).isEqualTo(2);
        assertThat(Groups.needed(13, 6)).isEqualTo(3);
    }

    @Test
    void neededIsExactUpToTheLargestInt() {
        assertThat(Groups.needed(Integer.MAX_VALUE, 1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Groups.needed(2_147_483_643, 6)).isEqualTo(357_913_941);
        assertThat(Groups.needed(Integer.MAX_VALUE, 2)).isEqualTo(1_073_741_824);
    }

    @Test
    void balancedLargestFirst() {
        assertThat(Groups.balanced(7, 2)).containsExactly(4, 3);
        assertThat(Groups.balanced(13, 3)).containsExactly(5, 4, 4);
        assertThat(Groups.balanced(12, 2)).containsExactly(6, 6);
        assertThat(Groups.balanced(2, 3)).containsExactly(1, 1, 0);
    }

    @Test
    void balancedOfAtMost() {
        assertThat(Groups.balancedOfAtMost(6, 6)).containsExactly(6);
        assertThat(Groups.balancedOfAtMost(7, 6)).containsExactly(4, 3);
        assertThat(Groups.balancedOfAtMost(12, 6)).containsExactly(6, 6);
        assertThat(Groups.balancedOfAtMost(13, 6)).containsExactly(5, 4, 4);
        assertThat(Groups.balancedOfAtMost(1, 6)).containsExactly(1);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Groups.needed(-1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Groups.needed(5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Groups.balanced(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void groupsHoldEveryoneAndDifferByAtMostOne(@ForAll @IntRange(min = 1, max = 500) int total,
                                                @ForAll @IntRange(min = 1, max = 20) int maxSize) {
        List<Integer> sizes = Groups.balancedOfAtMost(total, maxSize);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(sizes).allSatisfy(s -> assertThat(s).isBetween(1, maxSize));
        assertThat(sizes.get(0) - sizes.get(sizes.size() - 1)).isBetween(0, 1);
        assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
        assertThat(sizes).hasSize(Groups.needed(total, maxSize));
    }
}
