package org.blohub.hub.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where one node's start went: Boot's milestones from launch to health UP and links up, the context
 * refresh split by its recorded steps, and the beans that took longest on their own (without the
 * beans they needed created first).
 */
record StartupBreakdown(String node, StartupMilestones milestones, Instant healthUp, Instant linksUp,
        List<Phase> refresh, List<Phase> largestBeans) {

    static final String REFRESH = "spring.context.refresh";
    static final String CREATING_BEAN = "spring.beans.instantiate";
    static final String OUTSIDE_STEPS = "outside any recorded step (starting lifecycle beans: Camel routes, JMS"
            + " listeners, the web server)";

    record Phase(String what, Duration took) {
    }

    StartupBreakdown {
        refresh = List.copyOf(refresh);
        largestBeans = List.copyOf(largestBeans);
    }

    static StartupBreakdown of(String node, StartupMilestones milestones, List<RecordedStep> steps, Instant healthUp,
            Instant linksUp, int beansListed) {
        return new StartupBreakdown(node, milestones, healthUp, linksUp, refreshPhases(steps),
                largestBeans(steps, beansListed));
    }

    Duration toHealthUp() {
        return Duration.between(milestones.launched(), healthUp);
    }

    Duration toLinksUp() {
        return Duration.between(milestones.launched(), linksUp);
    }

    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: health UP %s s after launch, every link up %s s after launch", node,
                seconds(toHealthUp()), seconds(toLinksUp())));
        lines.add(line(Duration.between(milestones.launched(), milestones.environmentPrepared()),
                "Boot: configuration read, logging set up"));
        lines.add(line(Duration.between(milestones.environmentPrepared(), milestones.contextLoaded()),
                "context created, bean definitions' sources loaded"));
        lines.add(line(Duration.between(milestones.contextLoaded(), milestones.refreshed()), "context refresh:"));
        refresh.forEach(phase -> lines.add("    " + line(phase.took(), phase.what())));
        lines.add(line(Duration.between(milestones.refreshed(), milestones.ready()), "runners and ready listeners"));
        lines.add(line(Duration.between(milestones.ready(), healthUp), "until health UP"));
        lines.add(line(Duration.between(healthUp, linksUp).isNegative() ? Duration.ZERO : Duration.between(healthUp, linksUp),
                "until every link is up"));
        if (!largestBeans.isEmpty()) {
            lines.add("  beans that took longest on their own:");
            largestBeans.forEach(bean -> lines.add("    " + line(bean.took(), bean.what())));
        }
        return lines;
    }

    /** The refresh's direct steps by name (all bean creations as one), and the time outside any of them. */
    private static List<Phase> refreshPhases(List<RecordedStep> steps) {
        Optional<RecordedStep> refresh = steps.stream().filter(step -> step.name().equals(REFRESH)).findFirst();
        if (refresh.isEmpty()) {
            return List.of();
        }
        Map<String, Duration> byName = new LinkedHashMap<>();
        Duration inSteps = Duration.ZERO;
        for (RecordedStep child : steps.stream().filter(step -> step.childOf(refresh.get())).toList()) {
            String what = child.name().equals(CREATING_BEAN) ? "creating beans" : child.name();
            byName.merge(what, child.duration(), Duration::plus);
            inSteps = inSteps.plus(child.duration());
        }
        List<Phase> phases = new ArrayList<>(byName.entrySet().stream()
                .map(entry -> new Phase(entry.getKey(), entry.getValue())).toList());
        phases.add(new Phase(OUTSIDE_STEPS, refresh.get().duration().minus(inSteps)));
        phases.sort(Comparator.comparing(Phase::took).reversed());
        return phases;
    }

    /** Each bean's own time: its steps' durations less those of the steps nested in them. */
    private static List<Phase> largestBeans(List<RecordedStep> steps, int listed) {
        Map<String, Duration> own = new LinkedHashMap<>();
        for (RecordedStep step : steps) {
            if (step.bean().isEmpty()) {
                continue;
            }
            Duration nested = steps.stream().filter(other -> other.childOf(step)).map(RecordedStep::duration)
                    .reduce(Duration.ZERO, Duration::plus);
            own.merge(step.bean().get(), step.duration().minus(nested), Duration::plus);
        }
        return own.entrySet().stream().map(entry -> new Phase(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Phase::took).reversed()).limit(listed).toList();
    }

    private static String line(Duration took, String what) {
        return String.format(Locale.ROOT, "  %7s s  %s", seconds(took), what);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f", duration.toNanos() / 1e9);
    }
}
