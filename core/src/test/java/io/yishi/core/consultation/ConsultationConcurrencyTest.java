package io.yishi.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command.SubmitIdea;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsultationConcurrencyTest {

  static final int THREADS = 8;
  static final int COMMANDS = 100_000;

  @Test
  void eightThreadsSubmittingOneHundredThousandCommandsLeaveExactlyThatManyEvents()
      throws Exception {
    Consultation c = Fixtures.open(1);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          ResidentId author = new ResidentId("r-" + thread);
          for (int i = 0; i < COMMANDS / THREADS; i++) {
            c.submit(CommandRequest.of(new SubmitIdea(author, "idea " + thread + "-" + i))
                .withId(new CommandId("t" + thread + "-" + i)));
          }
          return COMMANDS / THREADS;
        }));
      }
      start.countDown();
      int submitted = 0;
      for (Future<Integer> result : results) {
        submitted += result.get(5, TimeUnit.MINUTES);
      }
      assertThat(submitted).isEqualTo(COMMANDS);
    } finally {
      pool.shutdownNow();
    }

    EventLog log = c.log();
    long recordedByCommands = log.events().stream()
        .filter(e -> !(e.event() instanceof ConsultationEvent.ConsultationOpened)).count();
    assertThat(recordedByCommands).isEqualTo(COMMANDS);
    assertThat(log.size()).isEqualTo(COMMANDS + 1);
    log.verify();
    ConsultationState state = c.state();
    assertThat(state.ideas()).hasSize(COMMANDS);
    Set<Integer> numbers = new HashSet<>();
    state.ideas().forEach(idea -> numbers.add(idea.number()));
    assertThat(numbers).hasSize(COMMANDS).contains(1, COMMANDS);
    assertThat(Consultation.replay(log, Fixtures.tickingClock(), PluginRegistry.load()).state())
        .isEqualTo(state);
  }

  @Test
  void concurrentRetriesOfOneCommandApplyItOnce() throws Exception {
    Consultation c = Fixtures.open(1);
    CommandRequest request = CommandRequest.of(new SubmitIdea(new ResidentId("r-1"), "gates"))
        .withId(new CommandId("retried"));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger applied = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Receipt>> calls = new ArrayList<>();
      for (int t = 0; t < THREADS * 4; t++) {
        calls.add(() -> {
          start.await();
          Receipt receipt = c.submit(request);
          if (!receipt.repeated()) {
            applied.incrementAndGet();
          }
          return receipt;
        });
      }
      List<Future<Receipt>> futures = new ArrayList<>();
      calls.forEach(call -> futures.add(pool.submit(call)));
      start.countDown();
      Set<List<RecordedEvent>> distinct = new HashSet<>();
      for (Future<Receipt> f : futures) {
        distinct.add(f.get(1, TimeUnit.MINUTES).events());
      }
      assertThat(distinct).hasSize(1);
    } finally {
      pool.shutdownNow();
    }

    assertThat(applied).hasValue(1);
    assertThat(c.state().ideas()).hasSize(1);
    assertThat(c.version()).isEqualTo(2);
  }
}
