package org.policylens.analysis.perf;

import org.policylens.rules.Classifier;
import org.policylens.rules.RulePack;

import java.lang.management.ManagementFactory;

/**
 * Measuring tool (not a test): the cost of loading the bundled pack and building its classifier in a fresh JVM, the
 * start-up part of every run. Prints process CPU and JVM uptime (ms) at start, after {@code RulePack.builtin()} and
 * after one classification. Run it alternately on two jars:
 * <pre>
 * java -XX:+UseParallelGC -cp analysis/target/test-classes:JAR org.policylens.analysis.perf.PackStartup
 * </pre>
 */
public final class PackStartup {

    private PackStartup() {
    }

    public static void main(String[] args) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long up0 = ManagementFactory.getRuntimeMXBean().getUptime();
        RulePack pack = RulePack.builtin();
        long cpu1 = os.getProcessCpuTime();
        long up1 = ManagementFactory.getRuntimeMXBean().getUptime();
        Classifier c = pack.classifier();
        int themes = c.classify("坚持创新驱动发展，加快建设现代化产业体系，推动数字经济和实体经济深度融合。").themes().size();
        long cpu2 = os.getProcessCpuTime();
        long up2 = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("start cpu_ms=%d up_ms=%d  pack cpu_ms=%d up_ms=%d  first_classify cpu_ms=%d up_ms=%d  themes=%d%n",
                cpu0 / 1_000_000, up0, (cpu1 - cpu0) / 1_000_000, up1 - up0, (cpu2 - cpu1) / 1_000_000, up2 - up1, themes);
    }
}
