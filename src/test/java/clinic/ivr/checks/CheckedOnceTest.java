package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import clinic.ivr.Eventually;
import clinic.ivr.TestLine;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.Validation;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The line checks its folder while it opens the database; the same files asked for meanwhile wait for that check. */
class CheckedOnceTest {

    final PromptsLoader loader = spy(new PromptsLoader(Optional.empty()));
    final Validator validator = new Validator(loader, Clock.systemUTC());

    @Test
    void theSameFilesAskedForDuringACheckWaitForItInsteadOfCheckingAgain() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        doAnswer(call -> {
            loading.countDown();
            assertThat(finish.await(10, TimeUnit.SECONDS)).isTrue();
            return call.callRealMethod();
        }).when(loader).load(any(PromptFiles.class));
        CompletableFuture<Validation> atStart = CompletableFuture.supplyAsync(
                () -> validator.forCalls(PromptFiles.read(TestLine.SHIPPED_PROMPTS)));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicReference<Thread> asking = new AtomicReference<>();
        CompletableFuture<Validation> fromTheDatabase = CompletableFuture.supplyAsync(() -> {
            asking.set(Thread.currentThread());
            return validator.forCalls(PromptFiles.read(TestLine.SHIPPED_PROMPTS));
        });
        Eventually.within(Duration.ofSeconds(10), () -> Optional.ofNullable(asking.get()).map(Thread::getState),
                state -> state.equals(Optional.of(Thread.State.WAITING)));
        finish.countDown();

        Validation first = atStart.get(30, TimeUnit.SECONDS);
        Validation second = fromTheDatabase.get(30, TimeUnit.SECONDS);
        assertThat(first.ok()).isTrue();
        assertThat(second.ok()).isTrue();
        assertThat(second.warnings()).isEqualTo(first.warnings());
        verify(loader, times(1)).load(any(PromptFiles.class));
    }

    @Test
    void aCheckThatFailedIsTriedAgainRatherThanRemembered() throws Exception {
        doAnswer(call -> {
            throw new IllegalStateException("out of memory for templates");
        }).doCallRealMethod().when(loader).load(any(PromptFiles.class));

        assertThatThrownBy(() -> validator.forCalls(PromptFiles.read(TestLine.SHIPPED_PROMPTS)))
                .isInstanceOf(IllegalStateException.class).hasMessage("out of memory for templates");
        assertThat(validator.forCalls(PromptFiles.read(TestLine.SHIPPED_PROMPTS)).ok()).isTrue();
        verify(loader, times(2)).load(any(PromptFiles.class));
    }
}
