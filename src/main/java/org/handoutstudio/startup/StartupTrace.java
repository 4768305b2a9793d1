package org.handoutstudio.startup;

/**
 * With {@code -Dhandoutstudio.startupTrace=true}, prints the wall-clock time of each start-up step
 * ({@code startup <step> <epoch ms> <thread>}), for {@code bench/startup-ratio.sh} to break the time down.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("handoutstudio.startupTrace");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.out.println("startup " + step + " " + System.currentTimeMillis() + " " + Thread.currentThread().getName());
        }
    }
}
