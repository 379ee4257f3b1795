package dev.taipan.parser.ast;

import java.util.List;

/** The root of a parse: what {@code compile()} calls the mode ("exec", "eval", "single"). */
public sealed interface Mod {

    List<Stmt> body();

    /** mode "exec": a module or script. */
    record Module(List<Stmt> body) implements Mod {
    }

    /** mode "single": one interactive statement; expression results are displayed. */
    record Interactive(List<Stmt> body) implements Mod {
    }

    /** mode "eval": one expression. */
    record Expression(Expr expr) implements Mod {
        @Override
        public List<Stmt> body() {
            return List.of();
        }
    }
}
