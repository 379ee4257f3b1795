package dev.taipan.parser;

/**
 * A SyntaxWarning CPython's parser or compiler issues while compiling (an invalid escape
 * sequence, {@code x is 1}): the runtime passes it to the warnings module once compiling
 * succeeded.
 *
 * @param line the 1-based line it refers to
 */
public record CompileWarning(String message, int line) {
}
