package dev.taipan.runtime.generator;

/**
 * What an async generator's {@code yield v} suspends with (CPython's _PyAsyncGenValueWrapper): it
 * tells a value for the {@code async for} apart from the awaitables that {@code await} passes up
 * to the event loop through the same suspension. Never visible to Python code.
 */
public record AsyncGenValue(Object value) {
}
