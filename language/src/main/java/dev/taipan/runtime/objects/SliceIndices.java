package dev.taipan.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;

/** A slice resolved against a sequence length (CPython's PySlice_GetIndicesEx). */
public record SliceIndices(int start, int stop, int step, int length) {

    @TruffleBoundary
    public static SliceIndices compute(PSlice slice, int len) {
        long step;
        if (slice.step == PNone.NONE) {
            step = 1;
        } else {
            step = PyNumberConvert.sliceIndex(slice.step);
            if (step == 0) {
                throw PythonErrors.valueError("slice step cannot be zero");
            }
        }
        long start;
        long stop;
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? len - 1 : len;
        if (slice.start == PNone.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = PyNumberConvert.sliceIndex(slice.start);
            if (start < 0) {
                start = Math.max(start + len, lower);
            } else {
                start = Math.min(start, upper);
            }
        }
        if (slice.stop == PNone.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = PyNumberConvert.sliceIndex(slice.stop);
            if (stop < 0) {
                stop = Math.max(stop + len, lower);
            } else {
                stop = Math.min(stop, upper);
            }
        }
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new SliceIndices((int) start, (int) stop, (int) Math.max(Math.min(step, Integer.MAX_VALUE), Integer.MIN_VALUE + 1), (int) n);
    }
}
