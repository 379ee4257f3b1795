package dev.taipan.parser.ast;

/** Whether a target expression is read, assigned or deleted. */
public enum ExprContext {
    LOAD,
    STORE,
    DEL
}
