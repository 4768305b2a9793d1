package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    /** Holds work until the test lets it finish, as a slow worker thread would. */
    private static final class HeldExecutor implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void finishOne() {
            held.removeFirst().run();
        }
    }

    @Test
    void inputsSubmittedWhileOneRunsFoldIntoOneRunOfTheLatest() {
        HeldExecutor executor = new HeldExecutor();
        List<Integer> worked = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        LatestOnly<Integer, Integer> latest = new LatestOnly<>(executor, input -> {
            worked.add(input);
            return input * 10;
        }, shown::add, failure -> { });
        latest.submit(1);
        latest.submit(2);
        latest.submit(3);
        latest.submit(4);
        assertEquals(1, executor.held.size(), "one run at a time");
        executor.finishOne();
        assertEquals(1, executor.held.size(), "the latest input follows");
        executor.finishOne();
        assertEquals(List.of(1, 4), worked);
        assertEquals(List.of(10, 40), shown);
        assertEquals(0, executor.held.size());
    }

    @Test
    void aFailureIsReportedAndTheNextInputStillRuns() {
        HeldExecutor executor = new HeldExecutor();
        List<String> events = new ArrayList<>();
        LatestOnly<Integer, Integer> latest = new LatestOnly<>(executor, input -> {
            if (input == 1) {
                throw new IllegalStateException("broken");
            }
            return input;
        }, result -> events.add("shown " + result), failure -> events.add("failed " + failure.getMessage()));
        latest.submit(1);
        latest.submit(2);
        executor.finishOne();
        executor.finishOne();
        assertEquals(List.of("failed broken", "shown 2"), events);
    }
}
