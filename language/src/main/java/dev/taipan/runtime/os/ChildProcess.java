package dev.taipan.runtime.os;

/**
 * A child process started by {@code _posixsubprocess.fork_exec}, as {@code os.waitpid} sees it:
 * the running JDK Process, or (when the program could not be executed) a stand-in that has
 * already exited with status 255, like a forked child whose exec failed.
 */
public final class ChildProcess {
    public final long pid;
    private final Process process;
    /** Pump threads copying its output into files: done before its exit is reported (see waitForStatus). */
    private final java.util.List<Thread> filePumps = new java.util.concurrent.CopyOnWriteArrayList<>();

    void addFilePump(Thread t) {
        filePumps.add(t);
    }

    /** The last signal os.kill sent it (the JDK reports death by signal N as exit code 128+N). */
    private volatile int signalSent;

    ChildProcess(long pid, Process process) {
        this.pid = pid;
        this.process = process;
    }

    public Process process() {
        return process;
    }

    public void signalled(int sig) {
        signalSent = sig;
    }

    /** Whether it has exited (a failed exec has). */
    public boolean hasExited() {
        return process == null || !process.isAlive();
    }

    /** Waits for the exit; returns the wait status as waitpid(2) encodes it. */
    public int waitForStatus() throws InterruptedException {
        if (process == null) {
            return 255 << 8;
        }
        int code = process.waitFor();
        // a child writing into a file has written everything once it exited (our copy must have, too)
        for (Thread t : filePumps) {
            t.join();
        }
        int sig = signalSent;
        if (sig > 0 && code == 128 + sig) {
            return sig;   // WIFSIGNALED, WTERMSIG == sig
        }
        return (code & 0xff) << 8;
    }
}
