package org.policylens.analysis.ingest;

/**
 * One cleaning rule: finds text that is not part of the report (site chrome, captions, footers, ...) and
 * records it in {@link Removals}. Rules are general: they describe a kind of noise, never one file.
 */
interface CleaningRule {

    /** Marks what this rule removes; rules may consult what earlier rules removed. */
    void apply(Removals removals);
}
