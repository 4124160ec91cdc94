package org.policylens.notebooks;

/** The class path of the test JVM as a list of entries (surefire's, not its one-entry booter jar). */
final class TestClassPath {

    private TestClassPath() {
    }

    static String get() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
