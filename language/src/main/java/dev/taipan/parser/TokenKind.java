package dev.taipan.parser;

/**
 * Token types of the Python 3.12 tokenizer. Hard keywords get their own kinds so the parser can
 * switch on them; soft keywords ({@code match}, {@code case}, {@code type}, {@code _}) stay NAMEs.
 */
public enum TokenKind {
    ENDMARKER(null),
    NAME(null),
    NUMBER(null),
    STRING(null),
    NEWLINE(null),
    INDENT(null),
    DEDENT(null),
    FSTRING_START(null),
    FSTRING_MIDDLE(null),
    FSTRING_END(null),
    /** Stands where the tokenizer failed; the parser raises the tokenizer's error when it reaches it. */
    ERRORTOKEN(null),
    /** Only in {@link PythonTokens} streams (tokenize's extra tokens): a comment, a non-logical newline. */
    COMMENT(null),
    NL(null),

    LPAR("("),
    RPAR(")"),
    LSQB("["),
    RSQB("]"),
    COLON(":"),
    COMMA(","),
    SEMI(";"),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    VBAR("|"),
    AMPER("&"),
    LESS("<"),
    GREATER(">"),
    EQUAL("="),
    DOT("."),
    PERCENT("%"),
    LBRACE("{"),
    RBRACE("}"),
    EQEQUAL("=="),
    NOTEQUAL("!="),
    LESSEQUAL("<="),
    GREATEREQUAL(">="),
    TILDE("~"),
    CIRCUMFLEX("^"),
    LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"),
    DOUBLESTAR("**"),
    PLUSEQUAL("+="),
    MINEQUAL("-="),
    STAREQUAL("*="),
    SLASHEQUAL("/="),
    PERCENTEQUAL("%="),
    AMPEREQUAL("&="),
    VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="),
    AT("@"),
    ATEQUAL("@="),
    RARROW("->"),
    ELLIPSIS("..."),
    COLONEQUAL(":="),
    EXCLAMATION("!"),
    /** Any other single character (e.g. '$', '?'): always a syntax error in the parser. */
    OP(null),

    FALSE("False"),
    NONE("None"),
    TRUE("True"),
    AND("and"),
    AS("as"),
    ASSERT("assert"),
    ASYNC("async"),
    AWAIT("await"),
    BREAK("break"),
    CLASS("class"),
    CONTINUE("continue"),
    DEF("def"),
    DEL("del"),
    ELIF("elif"),
    ELSE("else"),
    EXCEPT("except"),
    FINALLY("finally"),
    FOR("for"),
    FROM("from"),
    GLOBAL("global"),
    IF("if"),
    IMPORT("import"),
    IN("in"),
    IS("is"),
    LAMBDA("lambda"),
    NONLOCAL("nonlocal"),
    NOT("not"),
    OR("or"),
    PASS("pass"),
    RAISE("raise"),
    RETURN("return"),
    TRY("try"),
    WHILE("while"),
    WITH("with"),
    YIELD("yield");

    /** The fixed spelling of operator and keyword tokens, null for the others. */
    public final String text;

    TokenKind(String text) {
        this.text = text;
    }

    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }

    /** The keyword kind for a NAME's text, or NAME when it is not a hard keyword. */
    static TokenKind keyword(String s) {
        return switch (s) {
            case "False" -> FALSE;
            case "None" -> NONE;
            case "True" -> TRUE;
            case "and" -> AND;
            case "as" -> AS;
            case "assert" -> ASSERT;
            case "async" -> ASYNC;
            case "await" -> AWAIT;
            case "break" -> BREAK;
            case "class" -> CLASS;
            case "continue" -> CONTINUE;
            case "def" -> DEF;
            case "del" -> DEL;
            case "elif" -> ELIF;
            case "else" -> ELSE;
            case "except" -> EXCEPT;
            case "finally" -> FINALLY;
            case "for" -> FOR;
            case "from" -> FROM;
            case "global" -> GLOBAL;
            case "if" -> IF;
            case "import" -> IMPORT;
            case "in" -> IN;
            case "is" -> IS;
            case "lambda" -> LAMBDA;
            case "nonlocal" -> NONLOCAL;
            case "not" -> NOT;
            case "or" -> OR;
            case "pass" -> PASS;
            case "raise" -> RAISE;
            case "return" -> RETURN;
            case "try" -> TRY;
            case "while" -> WHILE;
            case "with" -> WITH;
            case "yield" -> YIELD;
            default -> NAME;
        };
    }
}
