package org.embedscope.app.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TaskExecutor#whenIdle}: an action waits for all work, including work the callbacks start. */
class WhenIdleTest {
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final List<String> calls = new ArrayList<>();

    @Test
    void runsAtOnceWhenNothingIsRunning() {
        executor.whenIdle(() -> calls.add("idle"));
        assertEquals(List.of("idle"), calls);
    }

    @Test
    void waitsForWorkThatACallbackStarts() {
        executor.execute(BackgroundTask.of("first", p -> 1).onSuccess(r -> {
            calls.add("first done");
            executor.execute(BackgroundTask.of("second", p -> 2).onSuccess(s -> calls.add("second done")));
        }));
        executor.whenIdle(() -> calls.add("idle"));
        assertEquals(List.of(), calls);
        executor.runAll();
        assertEquals(List.of("first done", "second done", "idle"), calls);
    }

    @Test
    void anActionThatStartsWorkHoldsBackTheNextOne() {
        executor.execute(BackgroundTask.of("first", p -> 1));
        executor.whenIdle(() -> {
            calls.add("a");
            executor.execute(BackgroundTask.of("from a", p -> 2).onSuccess(r -> calls.add("a's work")));
        });
        executor.whenIdle(() -> calls.add("b"));
        executor.runAll();
        assertEquals(List.of("a", "a's work", "b"), calls);
    }
}
