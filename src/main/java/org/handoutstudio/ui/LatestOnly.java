package org.handoutstudio.ui;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work for the latest input only. At most one run is under way; inputs submitted meanwhile
 * replace each other, and when the run ends the latest of them runs once. Typing faster than the
 * work can keep up never queues work, and the last state is always the one that ends up shown.
 *
 * <p>Used on the FX thread; the work itself runs on the {@link TaskExecutor}.
 */
final class LatestOnly<I, R> {

    private final TaskExecutor executor;
    private final Function<I, R> work;
    private final Consumer<R> onResult;
    private final Consumer<Throwable> onFailure;
    private boolean running;
    private I pending;
    private boolean hasPending;

    LatestOnly(TaskExecutor executor, Function<I, R> work, Consumer<R> onResult, Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    void submit(I input) {
        if (running) {
            pending = input;
            hasPending = true;
            return;
        }
        running = true;
        executor.run(() -> work.apply(input), result -> {
            onResult.accept(result);
            done();
        }, failure -> {
            onFailure.accept(failure);
            done();
        });
    }

    private void done() {
        running = false;
        if (hasPending) {
            I next = pending;
            pending = null;
            hasPending = false;
            submit(next);
        }
    }
}
