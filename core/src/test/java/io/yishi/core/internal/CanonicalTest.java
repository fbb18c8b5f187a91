package io.yishi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.electorate.MemberId;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalTest {

  @Test
  void mapsKeyedByIdsHashTheSameWhateverTheInsertionOrder() {
    Map<MemberId, Integer> ab = new LinkedHashMap<>();
    ab.put(new MemberId("a"), 1);
    ab.put(new MemberId("b"), 2);
    Map<MemberId, Integer> ba = new LinkedHashMap<>();
    ba.put(new MemberId("b"), 2);
    ba.put(new MemberId("a"), 1);

    assertThat(new String(Canonical.json(ba), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1,\"b\":2}");
    assertThat(Canonical.sha256(ab)).isEqualTo(Canonical.sha256(ba)).matches("[0-9a-f]{64}");
  }
}
