package nl.slimmehandhaving.faults;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only faults, disarmed unless a test arms them: a service step that fails a number of times (as an
 * unreachable letter service would), and a barrier that holds two task completions inside their transactions
 * until both have read the task (two users pressing "complete" at the same moment).
 */
@Component
public class FaultInjection {

    private final AtomicReference<String> failingActivity = new AtomicReference<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicReference<CyclicBarrier> completionBarrier = new AtomicReference<>();

    /** The next {@code times} starts of this activity throw. */
    public void failActivity(String activityId, int times) {
        failuresLeft.set(times);
        failingActivity.set(activityId);
    }

    /** The next two task completions wait for each other before they write. */
    public void holdNextTwoCompletions() {
        completionBarrier.set(new CyclicBarrier(2, () -> completionBarrier.set(null)));
    }

    public void reset() {
        failingActivity.set(null);
        failuresLeft.set(0);
        completionBarrier.set(null);
    }

    @EventListener(condition = "#execution.eventName == 'start'")
    public void onActivityStart(DelegateExecution execution) {
        if (execution.getCurrentActivityId() != null && execution.getCurrentActivityId().equals(failingActivity.get())
                && failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("Injected fault: service unavailable");
        }
    }

    @EventListener(condition = "#task.eventName == 'complete'")
    public void onTaskComplete(DelegateTask task) {
        CyclicBarrier barrier = completionBarrier.get();
        if (barrier == null) {
            return;
        }
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            completionBarrier.set(null);
        }
    }
}
