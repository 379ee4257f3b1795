package dev.taipan.runtime.generator;

import dev.taipan.runtime.exceptions.PBaseException;

/**
 * What {@code gen.throw(e)} and {@code gen.close()} send into a suspended generator: the
 * instruction after each yield raises the carried exception at the yield point.
 */
public record ThrowSignal(PBaseException exception) {
}
