/** The {@code taipan} command: CPython's command line and REPL over the polyglot API. */
module dev.taipan.launcher {
    requires org.graalvm.polyglot;
    requires org.jline;

    exports dev.taipan.launcher;
}
