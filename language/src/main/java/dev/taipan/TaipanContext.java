package dev.taipan;

import com.oracle.truffle.api.TruffleLanguage.Env;

/** Per-context state of the Python interpreter. */
public final class TaipanContext {
    final TaipanLanguage language;
    final Env env;

    TaipanContext(TaipanLanguage language, Env env) {
        this.language = language;
        this.env = env;
    }
}
