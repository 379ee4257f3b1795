package dev.taipan.compiler;

import com.oracle.truffle.api.source.Source;

import dev.taipan.TaipanLanguage;
import dev.taipan.parser.SourceLines;

/** What every code object of one compilation shares: the source, its lines, the symbol table and flags. */
final class CompilationUnit {
    final TaipanLanguage language;
    final Source source;
    final String filename;
    final SourceLines lines;
    final SymbolTable symtable;
    final CompilerFlags flags;
    /** Code objects of nested scopes by AST node, so a reparse of the parent reuses them. */
    final java.util.Map<Object, dev.taipan.runtime.function.PCode> childCodes = new java.util.IdentityHashMap<>();
    /** Code objects of PEP 695 annotation scopes by their generic definition. */
    final java.util.Map<Object, dev.taipan.runtime.function.PCode> annotationScopeCodes = new java.util.IdentityHashMap<>();
    /** Qualnames fixed from outside: definitions inside a PEP 695 annotation scope. */
    final java.util.Map<Object, String> presetQualnames = new java.util.IdentityHashMap<>();

    CompilationUnit(TaipanLanguage language, Source source, String filename, SourceLines lines, SymbolTable symtable, CompilerFlags flags) {
        this.language = language;
        this.source = source;
        this.filename = filename;
        this.lines = lines;
        this.symtable = symtable;
        this.flags = flags;
    }
}
