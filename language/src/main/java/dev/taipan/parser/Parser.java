package dev.taipan.parser;

import dev.taipan.parser.ParserBase.ParseFailure;
import dev.taipan.parser.SyntaxErrorException.Kind;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Stmt;

import java.util.List;

/**
 * Entry point of the front end: Python source text to AST.
 *
 * <p>Like CPython, a parse is a fast first pass; only when it fails does a second pass run with
 * the error rules enabled to find CPython's specific message. A tokenizer error anywhere in the
 * source takes precedence over a parser error found before it (CPython tokenizes the rest of the
 * input after a parse failure for that purpose).
 */
public final class Parser {
    private Parser() {
    }

    /**
     * Parses {@code source} as {@code mode}; throws {@link SyntaxErrorException} with CPython's
     * message and position on invalid input.
     */
    public static Mod parse(String source, InputMode mode) {
        return parse(new SourceLines(source), mode);
    }

    /** As {@link #parse(String, InputMode)}, with the line table the compiler will reuse. */
    public static Mod parse(SourceLines lines, InputMode mode) {
        return parse(lines, mode, null);
    }

    /** As {@link #parse(SourceLines, InputMode)}, adding the parser's warnings to {@code warnings}. */
    public static Mod parse(SourceLines lines, InputMode mode, List<CompileWarning> warnings) {
        String source = lines.text();
        SyntaxErrors errors = new SyntaxErrors(lines);
        errors.warnings = warnings;
        Tokenizer tokenizer = new Tokenizer(source, errors, mode);
        Token[] tokens = tokenizer.tokenize();
        if (mode == InputMode.INTERACTIVE && tokens[0].kind == TokenKind.ENDMARKER) {
            // a blank or comment-only line at the prompt: nothing to run
            return new Mod.Interactive(List.of());
        }
        StatementParser p = new StatementParser(source, errors, tokens, tokenizer, mode);
        try {
            Mod result = p.parseMod();
            if (mode.isInteractive()) {
                checkSingleStatement(p);
            }
            if (mode == InputMode.INTERACTIVE && awaitsBlankLine(result, source)) {
                throw errors.make(Kind.SYNTAX_ERROR, "incomplete input", errors.line(source.length()), 0, errors.line(source.length()), 0, false).withIncompleteInput(true);
            }
            if (warnings != null) {
                // the tokenizer ran ahead of the parser; CPython's runs along with it, line by line
                warnings.sort(java.util.Comparator.comparingInt(CompileWarning::line));
            }
            return result;
        } catch (ParseFailure f) {
            // find the specific error in a second pass
        } catch (SyntaxErrorException e) {
            throw finish(e, p, tokenizer, true);
        } catch (StackOverflowError e) {
            throw finish(tooDeep(p), p, tokenizer, true);
        }
        int firstFurthest = p.furthest;
        p.firstPassFurthest = firstFurthest;
        p.callInvalidRules = true;
        p.errorPass = true;
        try {
            p.parseMod();
        } catch (ParseFailure f) {
            // no specific error: report the generic one
        } catch (SyntaxErrorException e) {
            throw finish(e, p, tokenizer, true);
        } catch (StackOverflowError e) {
            throw finish(tooDeep(p), p, tokenizer, true);
        }
        Token last = tokens[firstFurthest];
        if (last.kind == TokenKind.INDENT || last.kind == TokenKind.DEDENT) {
            String msg = last.kind == TokenKind.INDENT ? "unexpected indent" : "unexpected unindent";
            throw finish(p.errorAtLastToken(Kind.INDENTATION_ERROR, msg), p, tokenizer, false);
        }
        throw finish(p.errorAtToken("invalid syntax", last), p, tokenizer, true);
    }

    /**
     * At the REPL a compound statement goes on until a blank line, even when what has been typed
     * so far is complete ("if x:\n    f()\n" may still get an else).
     */
    private static boolean awaitsBlankLine(Mod mod, String source) {
        List<Stmt> body = ((Mod.Interactive) mod).body();
        return !body.isEmpty() && isCompound(body.get(body.size() - 1)) && !endsWithBlankLine(source);
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.While || s instanceof Stmt.For || s instanceof Stmt.With || s instanceof Stmt.Try ||
                        s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef || s instanceof Stmt.Match;
    }

    /** The text's last line is empty or whitespace: "if x:\n    pass\n\n". */
    private static boolean endsWithBlankLine(String source) {
        String s = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
        int nl = s.lastIndexOf('\n');
        return nl >= 0 && s.substring(nl + 1).isBlank();
    }

    private static SyntaxErrorException tooDeep(StatementParser p) {
        return p.errorAtToken("too many nested parentheses", p.tokens[Math.min(p.pos, p.tokens.length - 1)]);
    }

    /** "single" mode takes one statement: anything but blanks and comments after it is an error. */
    private static void checkSingleStatement(StatementParser p) {
        String s = p.source;
        int i = p.tokens[p.pos - 1].end;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
            } else {
                throw finish(p.errorAtLastToken(Kind.SYNTAX_ERROR, "multiple statements found while compiling a single statement"), p, p.tokenizer, false);
            }
        }
    }

    /**
     * The error to report: a tokenizer error later in the source replaces the parser's (as CPython's
     * _PyPegen_tokenize_full_source_to_check_for_errors does), and the incomplete-input flag is set
     * when the input ended while something was still open.
     */
    private static SyntaxErrorException finish(SyntaxErrorException e, StatementParser p, Tokenizer tz, boolean allowOverride) {
        SyntaxErrorException result = e;
        if (allowOverride && tz.error != null && e != tz.error) {
            if (tz.errorIsUnclosedBracket) {
                Token last = p.tokens[Math.min(p.furthest, p.tokens.length - 1)];
                if (p.tokenLine(last) > tz.unclosedBracketLine) {
                    result = tz.error;
                }
            } else if (tz.errorOverridesParser && !tz.errorInsideFString) {
                result = tz.error;
            }
        }
        // like CPython's _is_end_of_source: the first pass made the tokenizer read the end of the input
        int reached = p.firstPassFurthest == Integer.MAX_VALUE ? p.furthest : p.firstPassFurthest;
        int eof = tz.eofReadIndex;
        boolean incomplete = eof >= 0 && reached >= eof && (p.tokens[eof].kind != TokenKind.ERRORTOKEN || tz.error.incompleteInput);
        return result.withIncompleteInput(incomplete);
    }

}
