package org.embedscope.app.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.CancelledException;
import org.junit.jupiter.api.Test;

/** The task contract: which callbacks run, in which order, whatever the outcome. */
class BackgroundTaskTest {
    private final List<String> calls = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(BackgroundTask<T> task) {
        return task.onRunning(() -> calls.add("running"))
                .onSuccess(result -> calls.add("success " + result))
                .onFailure(failure -> calls.add("failure " + failure.getMessage()))
                .onCancelled(() -> calls.add("cancelled"))
                .onFinished(() -> calls.add("finished"));
    }

    @Test
    void successRunsRunningSuccessFinished() {
        recorded(BackgroundTask.of("sum", p -> 1 + 2)).executeWith(new SameThreadTaskExecutor());
        assertEquals(List.of("running", "success 3", "finished"), calls);
    }

    @Test
    void failureRunsRunningFailureFinished() {
        BackgroundTask<Object> task = recorded(BackgroundTask.of("bad", p -> {
            throw new IllegalStateException("broken");
        }));
        task.executeWith(new SameThreadTaskExecutor());
        assertEquals(List.of("running", "failure broken", "finished"), calls);
        assertEquals(BackgroundTask.State.FAILED, task.stateProperty().get());
    }

    @Test
    void cancelWhileWaitingSkipsTheWorkButStillFinishes() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        boolean[] ran = new boolean[1];
        BackgroundTask<Integer> task = recorded(BackgroundTask.of("slow", p -> {
            ran[0] = true;
            return 1;
        })).executeWith(executor);
        assertEquals(1, executor.visibleTasks().size(), "the status bar shows it while it waits");
        executor.cancelNewestVisible();
        executor.runAll();
        assertFalse(ran[0]);
        assertEquals(List.of("running", "cancelled", "finished"), calls);
        assertTrue(executor.visibleTasks().isEmpty());
        assertTrue(executor.isIdle());
    }

    @Test
    void cancelDuringTheWorkDropsItsResult() {
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        BackgroundTask<Integer> task = recorded(BackgroundTask.of("cancels itself", p -> {
            self[0].cancel();
            return 42;
        }));
        self[0] = task;
        task.executeWith(new SameThreadTaskExecutor());
        assertEquals(List.of("running", "cancelled", "finished"), calls, "a result that comes after cancel is dropped");
    }

    @Test
    void workThatNoticesTheCancelEndsAsCancelledNotFailed() {
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        BackgroundTask<Integer> task = recorded(BackgroundTask.of("checks", p -> {
            self[0].cancel();
            p.checkCancelled();
            return 1;
        }));
        self[0] = task;
        task.executeWith(new SameThreadTaskExecutor());
        assertEquals(List.of("running", "cancelled", "finished"), calls);
        assertEquals(BackgroundTask.State.CANCELLED, task.stateProperty().get());
    }

    @Test
    void liveResultsArriveBeforeTheOutcomeAndOnlyTheNewestWhenTheUiFallsBehind() {
        QueuedUi ui = new QueuedUi();
        List<Integer> seen = new ArrayList<>();
        BackgroundTask.<String, Integer>live("frames", (p, publish) -> {
            for (int i = 1; i <= 5; i++) {
                publish.accept(i);
            }
            return "done";
        }, seen::add).onSuccess(result -> seen.add(-1)).executeWith(ui);
        ui.drain();
        assertEquals(List.of(5, -1), seen, "frames 1 to 4 were superseded before the UI got to them");
    }

    @Test
    void aFinishedCallbackRunsEvenWhenTheSuccessCallbackThrows() {
        BackgroundTask<Integer> task = BackgroundTask.of("x", p -> 1).onSuccess(r -> {
            throw new IllegalStateException("bug in a callback");
        }).onFinished(() -> calls.add("finished"));
        assertThrows(IllegalStateException.class, () -> task.executeWith(new SameThreadTaskExecutor()));
        assertEquals(List.of("finished"), calls);
    }

    @Test
    void aSlotFollowsOnlyItsCurrentTask() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TaskSlot slot = new TaskSlot(executor);
        BackgroundTask<Integer> first = slot.start(recorded(BackgroundTask.of("first", p -> 1)));
        BackgroundTask<Integer> second = slot.start(BackgroundTask.of("second", p -> 2));
        assertTrue(first.isCancelled(), "starting a task cancels the one before");
        assertTrue(slot.isCurrent(second));
        executor.runAll();
        assertFalse(slot.runningProperty().get());
        assertEquals(List.of("running", "cancelled", "finished"), calls);
    }

    /** Work runs at once; UI callbacks wait until drained, as when the FX thread is busy. */
    private static final class QueuedUi extends AbstractTaskExecutor {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        protected void onUiThread(Runnable action) {
            pending.add(action);
        }

        @Override
        protected void onWorker(Runnable work) {
            work.run();
        }

        void drain() {
            while (!pending.isEmpty()) {
                pending.remove(0).run();
            }
        }

        @Override
        public void shutdown() {
        }
    }
}
