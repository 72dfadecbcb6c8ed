package nl.slimmehandhaving.faults;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;

/**
 * Test-only listener shared by all nodes of a JVM (static state; not a component, a test adds it as a source of
 * each node it starts): holds the next two task completions, on whichever node, inside their transactions until
 * both have read the task; and counts per engine how often an activity started.
 */
public class NodeProbe {

    private static final AtomicReference<CyclicBarrier> COMPLETIONS = new AtomicReference<>();
    private static final AtomicBoolean OVERLAPPED = new AtomicBoolean();
    private static final Map<String, Map<String, AtomicInteger>> STARTS = new ConcurrentHashMap<>();

    static void holdNextTwoCompletions() {
        OVERLAPPED.set(false);
        COMPLETIONS.set(new CyclicBarrier(2, () -> {
            OVERLAPPED.set(true);
            COMPLETIONS.set(null);
        }));
    }

    /** Whether the two held completions were both inside their transactions at the same time. */
    static boolean completionsOverlapped() {
        return OVERLAPPED.get();
    }

    /** How often each engine started this activity since the JVM started. */
    static Map<String, Integer> startsPerEngine(String activityId) {
        Map<String, Integer> counts = new TreeMap<>();
        STARTS.getOrDefault(activityId, Map.of()).forEach((engine, count) -> counts.put(engine, count.get()));
        return counts;
    }

    @EventListener(condition = "#execution.eventName == 'start'")
    public void onActivityStart(DelegateExecution execution) {
        if (execution.getCurrentActivityId() != null) {
            STARTS.computeIfAbsent(execution.getCurrentActivityId(), a -> new ConcurrentHashMap<>())
                    .computeIfAbsent(execution.getProcessEngine().getName(), e -> new AtomicInteger())
                    .incrementAndGet();
        }
    }

    @EventListener(condition = "#task.eventName == 'complete'")
    public void onTaskComplete(DelegateTask task) {
        CyclicBarrier barrier = COMPLETIONS.get();
        if (barrier == null) {
            return;
        }
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            COMPLETIONS.set(null);
        }
    }
}
