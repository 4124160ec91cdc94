package org.policylens.analysis.ingest;

/** Which part of a work report a unit belongs to, read from the headings above it. */
public enum Part {
    /** Review of past work (过去一年, 工作回顾, 上半年工作). */
    REVIEW,
    /** Plans for the coming period (今年工作安排, 下半年工作安排, 主要任务). */
    PLAN,
    /** Anything else: title block, opening address, closing words, unlabelled sections. */
    OTHER;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    /** The lower-case id used in every output file: {@code review}, {@code plan}, {@code other}. */
    public String id() {
        return id;
    }
}
