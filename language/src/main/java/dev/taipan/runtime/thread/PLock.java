package dev.taipan.runtime.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code _thread.lock} and {@code _thread.RLock}. A plain lock is a binary semaphore (any thread
 * may release it); a reentrant lock records its owner and depth.
 */
public final class PLock extends PythonObject {
    private final boolean reentrant;
    private final Semaphore permit = new Semaphore(1);
    private volatile long owner;
    private int count;

    public PLock(PythonClass cls, boolean reentrant) {
        super(cls);
        this.reentrant = reentrant;
    }

    public boolean isReentrant() {
        return reentrant;
    }

    /** timeout < 0 waits forever; blocking=false is timeout 0. */
    @TruffleBoundary
    public boolean acquire(double timeout) {
        long me = ThreadIds.current();
        if (reentrant && count > 0 && owner == me) {
            count++;
            return true;
        }
        boolean got = permit.tryAcquire();
        if (!got && timeout != 0) {
            // wait without the GIL: the thread that will release the lock needs it to run
            Boolean result = GlobalInterpreterLock.whileBlocked(() -> {
                try {
                    if (timeout < 0) {
                        permit.acquire();
                        return true;
                    }
                    return permit.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    return null;
                }
            });
            if (result == null) {
                Thread.currentThread().interrupt();
                throw PythonErrors.raise(BuiltinType.KEYBOARD_INTERRUPT, "");
            }
            got = result;
        }
        if (got) {
            owner = me;
            count = 1;
        }
        return got;
    }

    @TruffleBoundary
    public void release() {
        if (reentrant) {
            if (count == 0 || owner != ThreadIds.current()) {
                throw PythonErrors.runtimeError("cannot release un-acquired lock");
            }
            if (--count > 0) {
                return;
            }
        } else if (permit.availablePermits() > 0) {
            throw PythonErrors.runtimeError("release unlocked lock");
        }
        owner = 0;
        count = 0;
        permit.release();
    }

    public boolean isLocked() {
        return permit.availablePermits() == 0;
    }

    public boolean isOwned() {
        return count > 0 && owner == ThreadIds.current();
    }

    public long owner() {
        return count > 0 ? owner : 0;
    }

    public int count() {
        return count;
    }

    /** RLock._release_save: fully releases, returning (count, owner) to restore later. */
    @TruffleBoundary
    public long[] releaseSave() {
        if (count == 0) {
            throw PythonErrors.runtimeError("cannot release un-acquired lock");
        }
        long[] saved = {count, owner};
        owner = 0;
        count = 0;
        permit.release();
        return saved;
    }

    @TruffleBoundary
    public void acquireRestore(long depth, long savedOwner) {
        acquire(-1);
        count = (int) depth;
        owner = savedOwner;
    }

    @Override
    public BuiltinType builtinType() {
        return reentrant ? BuiltinType.RLOCK : BuiltinType.LOCK;
    }
}
